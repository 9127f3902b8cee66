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
