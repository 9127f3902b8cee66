/// The data-quality settings of `settings.csv`, with their defaults.
package struct QualitySettings: Hashable, Sendable {
  /// A value whose modified z-score against its own history exceeds this is an outlier.
  package var zScoreThreshold = 3.5
  /// A value more than this many times the previous quarter's (or less than its 1/ratio) is a jump.
  package var jumpRatio = 3.0
  /// The fewest earlier quarters a z-score is computed from.
  package var minimumHistory = 4
  /// Files are due this many days after the quarter's last day.
  package var dueDays = 30
  /// Whether a file's modification time counts as its arrival when it has no `submitted` date.
  package var useFileTimes = false
  /// When an activity's spending is flagged.
  package var budget = BudgetThresholds()

  init() {}
}
