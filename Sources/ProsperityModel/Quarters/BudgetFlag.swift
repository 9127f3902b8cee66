/// An activity whose spending the committee should look at, with the figures behind the flag.
package struct BudgetFlag: Hashable, Sendable, Codable {
  /// The flagged activity's `activity_id`.
  package let activityID: String
  /// The activity's name as the engine wrote it.
  package let title: String
  let lead: String
  /// In ₪.
  package let planned: Double
  /// In ₪, spent so far.
  package let spent: Double
  /// Spent ÷ planned; `nil` when nothing was planned.
  package let spentShare: Double?
  /// The share of the activity's time (start to end) gone by the quarter's last day; `nil`
  /// without both dates.
  package let elapsedShare: Double?
  /// The activity's planned end, when given.
  package let end: CalendarDate?
  /// Why it is flagged: one reason or both, overspent first.
  package let reasons: [BudgetFlagReason]
  let location: SourceLocation

  /// A flagged activity, as ``BudgetFlags/add(_:_:)`` keeps it.
  package init(
    activityID: String, title: String, lead: String, planned: Double, spent: Double,
    spentShare: Double?, elapsedShare: Double?, end: CalendarDate?, reasons: [BudgetFlagReason],
    location: SourceLocation
  ) {
    self.activityID = activityID
    self.title = title
    self.lead = lead
    self.planned = planned
    self.spent = spent
    self.spentShare = spentShare
    self.elapsedShare = elapsedShare
    self.end = end
    self.reasons = reasons
    self.location = location
  }
}
