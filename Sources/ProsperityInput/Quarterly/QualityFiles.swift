/// The data-quality files of the inputs and the columns each must have.
package enum QualityFiles {
  /// The validation rules (optional).
  package static let rules = "rules.csv"
  /// The baselines progress is measured from (optional).
  package static let baselines = "baselines.csv"
  /// An engine manager's comments on the quarter's indicators: `<engine>-notes.csv`.
  package static let notesSuffix = "-notes.csv"

  static let ruleColumns = ["rule", "engine", "left", "operator", "right"]
  static let ruleOptionalColumns = ["importance", "missing", "message"]
  static let baselineColumns = ["indicator", "baseline"]
  static let baselineOptionalColumns = ["baseline_year"]
  static let notesColumns = ["indicator", "comment"]
  /// The optional column of KPI and activity files that says when the file was handed in.
  static let submittedColumn = "submitted"
}
