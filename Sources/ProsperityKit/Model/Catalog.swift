/// One of the five prosperity engines of the plan.
public struct Engine: Hashable, Sendable {
  public let id: String
  public let name: LocalizedText
}

/// One of the cluster's local authorities, for measures reported per locality.
public struct Locality: Hashable, Sendable {
  public let id: String
  public let name: LocalizedText
}

/// How a measure accumulates over a year.
public enum MeasureKind: String, Sendable {
  /// A quantity of the quarter (visitors, graduates): summed over the year to date.
  case flow
  /// A level at the quarter's end (companies, jobs): its latest value is the year to date.
  case stock
}

/// The unit a figure is shown in.
public enum MeasureUnit: Hashable, Sendable {
  case count, ils, usd, percent, ratio
  /// Any other unit the catalog names (`people`, `nights`, `m3`), as written: its numbers are
  /// plain and the text is shown beside them.
  case other(String)

  /// The units that choose a number format of their own, in the order reports group them.
  public static let known: [MeasureUnit] = [.count, .ils, .usd, .percent, .ratio]

  /// The name the catalog record writes: a known unit's code, else the text as written.
  public var rawValue: String {
    switch self {
    case .count: "count"
    case .ils: "ils"
    case .usd: "usd"
    case .percent: "percent"
    case .ratio: "ratio"
    case .other(let text): text
    }
  }

  /// The unit a catalog record names: a known code, or any other text (empty for none).
  public init(rawValue: String) {
    self = Self.known.first { $0.rawValue == rawValue } ?? .other(rawValue)
  }
}

/// A figure the engines report in their KPI files.
public struct Measure: Hashable, Sendable {
  public let id: String
  public let engine: String
  public let name: LocalizedText
  public let unit: MeasureUnit
  public let kind: MeasureKind
}

/// Which way is better for an indicator.
public enum Direction: String, Sendable {
  case up, down
}

/// A figure computed by a formula over measures, compared with its targets.
public struct Indicator: Sendable {
  public let id: String
  public let engine: String
  public let name: LocalizedText
  public let unit: MeasureUnit
  public let formulaText: String
  public let formula: Formula
  public let direction: Direction
  public let isHeadline: Bool
  /// A single flow measure or a sum of flows: its annual target is spread over the year.
  public let isCumulative: Bool
}

/// The period a target is set for.
public enum TargetPeriod: Hashable, Sendable, CustomStringConvertible {
  case year(Int)
  case quarter(Quarter)

  public var description: String {
    switch self {
    case .year(let year): return String(year)
    case .quarter(let quarter): return quarter.description
    }
  }
}

/// The limits of attainment at which an indicator turns green or amber.
public struct StatusThresholds: Hashable, Sendable {
  public var green: Double = 1.0
  public var amber: Double = 0.9

  public init(green: Double = 1.0, amber: Double = 0.9) {
    self.green = green
    self.amber = amber
  }
}

/// What the tool knows before reading any quarter: engines, localities, measures, indicators, targets.
public struct Catalog: Sendable {
  public var engines: [Engine] = []
  public var localities: [Locality] = []
  public var measures: [String: Measure] = [:]
  /// In the order of engines.csv, then indicators.csv.
  public var indicators: [Indicator] = []
  public var targets: [String: [TargetPeriod: Double]] = [:]
  public var thresholds = StatusThresholds()
  /// Validation rules, baselines and the data-quality settings.
  public var quality = QualityCatalog()

  public init() {}

  public func engine(_ id: String) -> Engine? { engines.first { $0.id == id } }

  public func indicators(of engine: String) -> [Indicator] {
    indicators.filter { $0.engine == engine }
  }
}
