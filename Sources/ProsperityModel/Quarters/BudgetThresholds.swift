/// The limits past which an activity's budget is flagged for the committee (`settings.csv`).
package struct BudgetThresholds: Hashable, Sendable, Codable {
  /// An activity that spent more than its planned budget × this is overspent.
  package var overspendRatio = 1.0
  /// An activity whose share of its budget spent exceeds the share of its time elapsed by more
  /// than this runs ahead of its time: money going out faster than the work can.
  package var aheadOfTimeMargin = 0.15

  /// The defaults of settings.csv: flagged past the plan, or 15 points ahead of time.
  package init() {}
}
