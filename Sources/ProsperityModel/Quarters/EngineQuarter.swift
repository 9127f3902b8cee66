/// What one engine handed in for one quarter.
package struct EngineQuarter: Sendable {
  let engine: String
  let quarter: Quarter
  /// The KPI file's path; `nil` when it was not handed in.
  package var kpiFile: String?
  /// The activity file's path; `nil` when it was not handed in.
  package var activitiesFile: String?
  /// The KPI file's measures, by measure id; a measure without a row has no entry.
  package var measures: [String: MeasureReport] = [:]
  /// The activity file's rows; empty without the file.
  package var activities = ActivityList()
  /// The `activities.*` measures derived from the activity file.
  package var activityMeasures: [String: Figure] = [:]
  /// Activities whose spending is flagged, checked as the file's rows went by.
  package var budgetFlags = BudgetFlags()
  /// The engine manager's comments file; `nil` when there is none (it is optional).
  package var notesFile: String?
  /// The manager's comments, by indicator id.
  package var comments: [String: IndicatorComment] = [:]
  /// The `submitted` date each file gives, by path.
  package var submitted: [String: CalendarDate] = [:]

  /// Nothing handed in yet: the readers fill in what the engine's files give.
  package init(engine: String, quarter: Quarter) {
    self.engine = engine
    self.quarter = quarter
  }
}
