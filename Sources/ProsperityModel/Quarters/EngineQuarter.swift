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
