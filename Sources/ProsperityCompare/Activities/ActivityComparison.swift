import ProsperityModel

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
