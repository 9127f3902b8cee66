/// What happened to an activity between the earlier and the later quarter.
public enum ActivityChange: String, CaseIterable, Sendable {
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

  public var label: LocalizedText { CompareText.activityChange(self) }

  /// Matches an activity by id between two quarters of one engine.
  static func of(earlier: Activity?, later: Activity?) -> ActivityChange {
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

/// One activity, matched by its id within its engine, in the earlier and the later quarter.
public struct ActivityComparison: Sendable {
  public let engine: String
  public let id: String
  public let earlier: Activity?
  public let later: Activity?
  public let change: ActivityChange

  /// The later title, or the earlier one of an activity that is gone.
  public var title: String { later?.title ?? earlier?.title ?? "" }

  /// Later minus earlier budget spent, where both are known.
  public var budgetSpentChange: Double? { difference(\.budgetSpent) }
  /// Later minus earlier participants of the quarter, where both are known.
  public var participantsChange: Double? { difference(\.participants) }

  private func difference(_ field: KeyPath<Activity, Double?>) -> Double? {
    guard let before = earlier?[keyPath: field], let after = later?[keyPath: field] else {
      return nil
    }
    return after - before
  }

  /// Every activity of `engine` in either quarter: the later list in its order, then those gone.
  static func match(engine: String, earlier: [Activity], later: [Activity])
    -> [ActivityComparison]
  {
    let before = Dictionary(earlier.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let laterIDs = Set(later.map(\.id))
    let present = later.map { activity in
      ActivityComparison(
        engine: engine, id: activity.id, earlier: before[activity.id], later: activity,
        change: .of(earlier: before[activity.id], later: activity))
    }
    let gone = earlier.filter { !laterIDs.contains($0.id) }.map { activity in
      ActivityComparison(
        engine: engine, id: activity.id, earlier: activity, later: nil, change: .gone)
    }
    return present + gone
  }
}
