/// Why an activity's budget is flagged.
package enum BudgetFlagReason: String, CaseIterable, Sendable, Codable {
  case overspent
  case aheadOfTime = "ahead_of_time"
}
