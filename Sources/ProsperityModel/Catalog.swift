/// One of the five prosperity engines of the plan.
package struct Engine: Hashable, Sendable {
  package let id: String
  package let name: LocalizedText

  package init(
    id: String, name: LocalizedText
  ) {
    self.id = id
    self.name = name
  }
}

/// One of the cluster's local authorities, for measures reported per locality.
package struct Locality: Hashable, Sendable {
  package let id: String
  package let name: LocalizedText

  package init(
    id: String, name: LocalizedText
  ) {
    self.id = id
    self.name = name
  }
}

/// How a measure accumulates over a year.
package enum MeasureKind: String, Sendable {
  /// A quantity of the quarter (visitors, graduates): summed over the year to date.
  case flow
  /// A level at the quarter's end (companies, jobs): its latest value is the year to date.
  case stock
}

/// The unit a figure is shown in.
package enum MeasureUnit: Hashable, Sendable {
  case count, ils, usd, percent, ratio
  /// Any other unit the catalog names (`people`, `nights`, `m3`), as written: its numbers are
  /// plain and the text is shown beside them.
  case other(String)

  /// The units that choose a number format of their own, in the order reports group them.
  package static let known: [MeasureUnit] = [.count, .ils, .usd, .percent, .ratio]

  /// The name the catalog record writes: a known unit's code, else the text as written.
  package var rawValue: String {
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
  package init(rawValue: String) {
    self = Self.known.first { $0.rawValue == rawValue } ?? .other(rawValue)
  }
}

/// A figure the engines report in their KPI files.
package struct Measure: Hashable, Sendable {
  package let id: String
  package let engine: String
  package let name: LocalizedText
  package let unit: MeasureUnit
  package let kind: MeasureKind

  package init(
    id: String, engine: String, name: LocalizedText, unit: MeasureUnit, kind: MeasureKind
  ) {
    self.id = id
    self.engine = engine
    self.name = name
    self.unit = unit
    self.kind = kind
  }
}

/// Which way is better for an indicator.
package enum Direction: String, Sendable {
  case up, down
}

/// A figure computed by a formula over measures, compared with its targets.
package struct Indicator: Sendable {
  package let id: String
  package let engine: String
  package let name: LocalizedText
  package let unit: MeasureUnit
  package let formulaText: String
  package let formula: Formula
  package let direction: Direction
  package let isHeadline: Bool
  /// The formula is linear in flow measures (``Formula/accumulates(_:)``): it grows through the
  /// year, so its annual target is spread over the quarters.
  package let isCumulative: Bool
  /// How the annual target is spread; only an accumulating indicator's is.
  package let phasing: Phasing

  package init(
    id: String, engine: String, name: LocalizedText, unit: MeasureUnit, formulaText: String,
    formula: Formula, direction: Direction, isHeadline: Bool, isCumulative: Bool,
    phasing: Phasing = .linear
  ) {
    self.id = id
    self.engine = engine
    self.name = name
    self.unit = unit
    self.formulaText = formulaText
    self.formula = formula
    self.direction = direction
    self.isHeadline = isHeadline
    self.isCumulative = isCumulative
    self.phasing = phasing
  }
}

/// The period a target is set for.
package enum TargetPeriod: Hashable, Sendable, CustomStringConvertible {
  case year(Int)
  case quarter(Quarter)

  package var description: String {
    switch self {
    case .year(let year): return String(year)
    case .quarter(let quarter): return quarter.description
    }
  }
}

/// What the tool knows before reading any quarter: engines, localities, measures, indicators, targets.
package struct Catalog: Sendable {
  package var engines: [Engine] = []
  package var localities: [Locality] = []
  package var measures: [String: Measure] = [:]
  /// In the order of engines.csv, then indicators.csv.
  package var indicators: [Indicator] = []
  package var targets: [String: [TargetPeriod: Double]] = [:]
  package var thresholds = StatusThresholds()
  /// Validation rules, baselines and the data-quality settings.
  package var quality = QualityCatalog()

  package init() {}

  package func engine(_ id: String) -> Engine? { engines.first { $0.id == id } }

  package func indicators(of engine: String) -> [Indicator] {
    indicators.filter { $0.engine == engine }
  }
}
