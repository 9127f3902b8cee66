import ProsperityModel

/// One engine's activities matched by id between the earlier and the later quarter, read again
/// from the files each time they are visited, so no list of matches is ever held: a comparison of
/// two quarters of any size keeps only the earlier quarter's compact ``ActivityIndex``.
struct ActivityMatches: Sendable {
  let engine: String
  let earlier: ActivityList
  let later: ActivityList
  let hashing: ActivityIndex.Hashing

  init(
    engine: String, earlier: ActivityList, later: ActivityList,
    hashing: @escaping ActivityIndex.Hashing = ActivityIndex.standardHashing
  ) {
    self.engine = engine
    self.earlier = earlier
    self.later = later
    self.hashing = hashing
  }

  /// Calls `body` with every activity of either quarter: the later list in its order (each row
  /// matched, duplicates too), then those gone, in the earlier list's order. Among earlier rows
  /// with equal ids the first is the one compared. Throws ``ActivitySourceChanged`` when a file
  /// changed since it was first read.
  func visit(_ body: (ActivityComparison) throws -> Void) throws {
    let hashing = self.hashing
    // Ids are hashed on the thread that reads the file, beside the one that matches them.
    let indexed: @Sendable (Activity, Int) -> (String, Int, ActivitySnapshot) = { activity, _ in
      (activity.id, hashing(activity.id), ActivitySnapshot(activity))
    }
    let hashed: @Sendable (Activity, Int) -> (Activity, Int) = { activity, _ in
      (activity, hashing(activity.id))
    }
    var index = ActivityIndex(capacity: earlier.count)
    try earlier.visit(preparing: indexed) { id, hash, snapshot in
      index.insert(id, hash: hash, snapshot: snapshot)
    }
    try later.visit(preparing: hashed) { activity, hash in
      let entry = index.find(activity.id, hash: hash)
      if let entry { index.markSeen(entry) }
      try body(
        ActivityComparison(
          engine: engine, id: activity.id, title: activity.title,
          earlier: entry.map(index.snapshot), later: ActivitySnapshot(activity)))
    }
    guard index.unseenCount > 0 else { return }
    // Titles are not indexed: the few activities that are gone take theirs from a second
    // reading of the earlier list, where an id's first row comes first again.
    try earlier.visit(preparing: hashed) { activity, hash in
      guard let entry = index.find(activity.id, hash: hash), !index.isSeen(entry) else { return }
      index.markSeen(entry)
      try body(
        ActivityComparison(
          engine: engine, id: activity.id, title: activity.title,
          earlier: index.snapshot(entry), later: nil))
    }
  }

  /// Every match, held: for tests and lists known to be short.
  func all() throws -> [ActivityComparison] {
    var matched: [ActivityComparison] = []
    try visit { matched.append($0) }
    return matched
  }
}
