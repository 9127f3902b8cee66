/// A measure as one engine reported it for one quarter.
public struct MeasureReport: Sendable {
  public let measure: String
  /// The region's value: the region-wide row, or the sum over every locality.
  public var value: Figure
  /// Per locality id, when the measure is reported per locality.
  public var byLocality: [String: Figure]
  /// Where the number came from, as the file's `source` column says.
  public var sources: [String]
  public var notes: [String]
  /// The first row that reported the measure.
  public var location: SourceLocation
}

/// One row of an engine's activity file.
public struct Activity: Sendable {
  public let id: String
  public let title: String
  public let category: String
  public let lead: String
  public let status: ActivityStatus?
  public let start: CalendarDate?
  public let end: CalendarDate?
  public let budgetPlanned: Double?
  public let budgetSpent: Double?
  public let participants: Double?
  public let notes: String
  public let location: SourceLocation
  /// Whether a field of the row could not be read; the row still shows, flagged.
  public let isRejected: Bool
}

/// What one engine handed in for one quarter.
public struct EngineQuarter: Sendable {
  public let engine: String
  public let quarter: Quarter
  /// Paths of the files read; `nil` where the file was not handed in.
  public var kpiFile: String?
  public var activitiesFile: String?
  public var measures: [String: MeasureReport] = [:]
  public var activities = ActivityList()
  /// The `activities.*` measures derived from the activity file.
  public var activityMeasures: [String: Figure] = [:]
  /// The engine manager's comments file, and its comments by indicator id.
  public var notesFile: String?
  public var comments: [String: IndicatorComment] = [:]
  /// The `submitted` date each file gives, by path.
  public var submitted: [String: CalendarDate] = [:]

  public init(engine: String, quarter: Quarter) {
    self.engine = engine
    self.quarter = quarter
  }
}

/// An input file that went into the reports, with its content hash so a number can be traced.
public struct InputFile: Hashable, Sendable, Codable {
  public let path: String
  /// The quarter whose folder holds the file; `nil` for the catalog.
  public let quarter: Quarter?
  public let sha256: String
  public let encoding: String
}

/// Everything the inputs hold: the catalog and every quarter's engine files.
public struct Dataset: Sendable {
  public var catalog: Catalog
  public var quarters: [Quarter: [String: EngineQuarter]] = [:]
  public var files: [InputFile] = []

  public init(catalog: Catalog) { self.catalog = catalog }

  /// The quarters with a folder in the inputs, oldest first.
  public var reportedQuarters: [Quarter] { quarters.keys.sorted() }

  public func engineQuarter(_ engine: String, _ quarter: Quarter) -> EngineQuarter? {
    quarters[quarter]?[engine]
  }
}
