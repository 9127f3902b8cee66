import ProsperityModel

/// What happened to an activity between the earlier and the later quarter.
package enum ActivityChange: String, CaseIterable, Sendable {
  /// In the later list only.
  case new
  /// Completed in the later quarter, not yet in the earlier one.
  case completed
  /// Delayed in the later quarter, not in the earlier one.
  case newlyDelayed = "newly_delayed"
  case cancelled
  /// In the earlier list only: the engine no longer reports it.
  case gone
  /// Its status could not be read in one of the quarters, so its change is unknown.
  case statusUnreadable = "status_unreadable"
  /// Any other case: the same status, or a move such as planned → active.
  case continuing

  /// The change as the reports name it.
  package var label: LocalizedText { CompareText.activityChange(self) }

  /// Matches an activity by id between two quarters of one engine.
  static func of(earlier: Activity?, later: Activity?) -> ActivityChange {
    of(earlier: earlier.map(ActivitySnapshot.init), later: later.map(ActivitySnapshot.init))
  }

  static func of(earlier: ActivitySnapshot?, later: ActivitySnapshot?) -> ActivityChange {
    guard let earlier else { return .new }
    guard let later else { return .gone }
    guard let before = earlier.status, let after = later.status else { return .statusUnreadable }
    guard before != after else { return .continuing }
    switch after {
    case .completed: return .completed
    case .delayed: return .newlyDelayed
    case .cancelled: return .cancelled
    default: return .continuing
    }
  }
}

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

/// One activity, matched by its id within its engine, in the earlier and the later quarter.
package struct ActivityComparison: Sendable {
  /// The id of the activity's engine.
  package let engine: String
  /// The `activity_id`, which matches the activity across quarters.
  package let id: String
  /// The later title, or the earlier one of an activity that is gone.
  package let title: String
  /// The activity in the earlier quarter; `nil` when it is new.
  package let earlier: ActivitySnapshot?
  /// The activity in the later quarter; `nil` when it is gone.
  package let later: ActivitySnapshot?
  /// What happened to it, from the two snapshots.
  package let change: ActivityChange

  init(
    engine: String, id: String, title: String, earlier: ActivitySnapshot?,
    later: ActivitySnapshot?
  ) {
    self.engine = engine
    self.id = id
    self.title = title
    self.earlier = earlier
    self.later = later
    change = .of(earlier: earlier, later: later)
  }

  /// Later minus earlier budget spent, where both are known.
  package var budgetSpentChange: Double? { difference(\.budgetSpent) }
  /// Later minus earlier participants of the quarter, where both are known.
  package var participantsChange: Double? { difference(\.participants) }

  private func difference(_ field: KeyPath<ActivitySnapshot, Double?>) -> Double? {
    guard let before = earlier?[keyPath: field], let after = later?[keyPath: field] else {
      return nil
    }
    return after - before
  }
}
