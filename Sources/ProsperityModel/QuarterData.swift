/// A measure as one engine reported it for one quarter.
package struct MeasureReport: Sendable {
  package let measure: String
  /// The region's value: the region-wide row, or the sum over every locality.
  package var value: Figure
  /// Per locality id, when the measure is reported per locality.
  package var byLocality: [String: Figure]
  /// Where the number came from, as the file's `source` column says.
  package var sources: [String]
  package var notes: [String]
  /// The first row that reported the measure.
  package var location: SourceLocation

  package init(
    measure: String, value: Figure, byLocality: [String: Figure], sources: [String],
    notes: [String], location: SourceLocation
  ) {
    self.measure = measure
    self.value = value
    self.byLocality = byLocality
    self.sources = sources
    self.notes = notes
    self.location = location
  }
}

/// One row of an engine's activity file.
package struct Activity: Sendable {
  package let id: String
  package let title: String
  package let category: String
  package let lead: String
  package let status: ActivityStatus?
  package let start: CalendarDate?
  package let end: CalendarDate?
  package let budgetPlanned: Double?
  package let budgetSpent: Double?
  package let participants: Double?
  package let notes: String
  package let location: SourceLocation
  /// Whether a field of the row could not be read; the row still shows, flagged.
  package let isRejected: Bool

  package init(
    id: String, title: String, category: String, lead: String, status: ActivityStatus?,
    start: CalendarDate?, end: CalendarDate?, budgetPlanned: Double?, budgetSpent: Double?,
    participants: Double?, notes: String, location: SourceLocation, isRejected: Bool
  ) {
    self.id = id
    self.title = title
    self.category = category
    self.lead = lead
    self.status = status
    self.start = start
    self.end = end
    self.budgetPlanned = budgetPlanned
    self.budgetSpent = budgetSpent
    self.participants = participants
    self.notes = notes
    self.location = location
    self.isRejected = isRejected
  }
}

/// What one engine handed in for one quarter.
package struct EngineQuarter: Sendable {
  package let engine: String
  package let quarter: Quarter
  /// Paths of the files read; `nil` where the file was not handed in.
  package var kpiFile: String?
  package var activitiesFile: String?
  package var measures: [String: MeasureReport] = [:]
  package var activities = ActivityList()
  /// The `activities.*` measures derived from the activity file.
  package var activityMeasures: [String: Figure] = [:]
  /// Activities whose spending is flagged, checked as the file's rows went by.
  package var budgetFlags = BudgetFlags()
  /// The engine manager's comments file, and its comments by indicator id.
  package var notesFile: String?
  package var comments: [String: IndicatorComment] = [:]
  /// The `submitted` date each file gives, by path.
  package var submitted: [String: CalendarDate] = [:]

  package init(engine: String, quarter: Quarter) {
    self.engine = engine
    self.quarter = quarter
  }
}

/// An input file that went into the reports, with its content hash so a number can be traced.
package struct InputFile: Hashable, Sendable, Codable {
  package let path: String
  /// The quarter whose folder holds the file; `nil` for the catalog.
  package let quarter: Quarter?
  package let sha256: String
  package let encoding: String

  package init(
    path: String, quarter: Quarter?, sha256: String, encoding: String
  ) {
    self.path = path
    self.quarter = quarter
    self.sha256 = sha256
    self.encoding = encoding
  }
}

/// Everything the inputs hold: the catalog and every quarter's engine files.
package struct Dataset: Sendable {
  package var catalog: Catalog
  package var quarters: [Quarter: [String: EngineQuarter]] = [:]
  package var files: [InputFile] = []

  package init(catalog: Catalog) { self.catalog = catalog }

  /// The quarters with a folder in the inputs, oldest first.
  package var reportedQuarters: [Quarter] { quarters.keys.sorted() }

  package func engineQuarter(_ engine: String, _ quarter: Quarter) -> EngineQuarter? {
    quarters[quarter]?[engine]
  }
}
