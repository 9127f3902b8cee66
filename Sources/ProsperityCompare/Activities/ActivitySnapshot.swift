import ProsperityModel

/// What a comparison keeps of an activity in one quarter: a quarter of several hundred thousand
/// activities is compared without holding its rows.
package struct ActivitySnapshot: Sendable {
  /// `nil` where the status could not be read.
  package let status: ActivityStatus?
  /// In ₪; `nil` when empty or unreadable.
  package let budgetSpent: Double?
  /// The quarter's participants; `nil` when empty or unreadable.
  package let participants: Double?

  init(_ activity: Activity) {
    status = activity.status
    budgetSpent = activity.budgetSpent
    participants = activity.participants
  }

  init(status: ActivityStatus?, budgetSpent: Double?, participants: Double?) {
    self.status = status
    self.budgetSpent = budgetSpent
    self.participants = participants
  }
}
