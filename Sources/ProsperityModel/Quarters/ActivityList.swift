/// One engine's activities in one quarter, as the reports use them: counted as a whole, with the
/// rows an engine sheet and the summary list held in memory, and every row read again from the
/// file when a report lists them all. Holding a quarter of several hundred thousand rows would
/// make memory grow with the file; reading it twice keeps it flat.
package struct ActivityList: Sendable {
  /// The listed rows: rows with no usable id are not activities (they are reported, and they
  /// leave every activity total without a value).
  package internal(set) var count = 0
  /// Rows by status, in `ActivityStatus.allCases` order; rows whose status could not be read are
  /// in none.
  private var countsByStatus = [Int](repeating: 0, count: ActivityStatus.allCases.count)
  /// The first rows of the file, in file order: every row when ``isComplete``.
  package internal(set) var leading: [Activity] = []
  /// The first delayed rows, in file order, at most ``delayedHeld`` unless every row is held
  /// (none when no row is held).
  package internal(set) var delayed: [Activity] = []
  /// Where the rows can be read again; `nil` when ``leading`` holds them all.
  package var source: (any ActivityRereading)?

  /// Delayed activities held for the summary's list, which names no more than these.
  package static let delayedHeld = 100

  /// An empty list: an engine that handed in no activity file.
  package init() {}

  /// Every row, held in memory (tests, comparisons and small files).
  init(_ activities: [Activity]) {
    for activity in activities { add(activity, holding: .max) }
  }

  /// Counts without rows, as a digest of an earlier reading recorded them.
  package init(count: Int, countsByStatus: [Int], source: (any ActivityRereading)?) {
    self.count = count
    if countsByStatus.count == self.countsByStatus.count { self.countsByStatus = countsByStatus }
    self.source = count > 0 ? source : nil
  }

  /// Rows by status, in `ActivityStatus.allCases` order, for recording the counts.
  package var statusCounts: [Int] { countsByStatus }

  /// Whether every row is held in ``leading``.
  package var isComplete: Bool { leading.count == count }

  /// The rows whose status is `status`.
  package func count(_ status: ActivityStatus) -> Int { countsByStatus[status.ordinal] }

  /// Delayed rows in all.
  package var delayedCount: Int { count(.delayed) }

  /// Counts `activity` and holds it when fewer than `limit` rows are held.
  mutating func add(_ activity: Activity, holding limit: Int) {
    add(status: activity.status, holding: limit) { activity }
  }

  /// Counts a row whose status is `status`, and holds its activity, made by `activity` only
  /// then, when ``add(_:holding:)`` would.
  package mutating func add(status: ActivityStatus?, holding limit: Int, _ activity: () -> Activity)
  {
    let place = count(status: status, holding: limit)
    if place.isHeld { hold(activity(), place) }
  }

  /// Where a counted row's activity is held: in the leading rows, among the delayed ones listed,
  /// both or neither.
  package struct Place: Sendable {
    let leads: Bool
    let isListedDelayed: Bool
    /// Whether the activity is held at all, and so must be made.
    package var isHeld: Bool { leads || isListedDelayed }
  }

  /// Counts a row whose status is `status`; returns where ``add(_:holding:)`` would hold its
  /// activity, for ``hold(_:_:)``. A reader of many rows asks first and makes the activity only
  /// when it is held, without handing this list a closure that holds on to the row.
  package mutating func count(status: ActivityStatus?, holding limit: Int) -> Place {
    count += 1
    if let status { countsByStatus[status.ordinal] += 1 }
    return Place(
      leads: leading.count < limit,
      isListedDelayed: status == .delayed && limit > 0
        && (limit == .max || delayed.count < Self.delayedHeld))
  }

  /// Holds the activity of the row just counted where `place` says.
  package mutating func hold(_ activity: Activity, _ place: Place) {
    if place.leads { leading.append(activity) }
    if place.isListedDelayed { delayed.append(activity) }
  }

  /// Holds the rows ``add(_:holding:)`` would have held with `limit` (below `.max`), read again
  /// from the start of the file whose counts a digest gave: reading stops as soon as nothing more
  /// would be held, which for a list that an engine sheet shows is near the file's start.
  package mutating func holdAgain(_ limit: Int) throws {
    guard let source, limit > 0 else { return }
    let wanted = min(limit, count)
    let delayedWanted = min(Self.delayedHeld, delayedCount)
    var leading: [Activity] = []
    var delayed: [Activity] = []
    try source.read(while: { activity in
      if leading.count < limit { leading.append(activity) }
      if activity.status == .delayed && delayed.count < Self.delayedHeld {
        delayed.append(activity)
      }
      return leading.count < wanted || delayed.count < delayedWanted
    })
    guard leading.count == wanted, delayed.count == delayedWanted else {
      throw ActivitySourceChanged(path: source.path)
    }
    self.leading = leading
    self.delayed = delayed
  }

  /// Calls `body` with every row in file order, from memory or from the file read again.
  /// Throws when the file changed since it was first read, rather than list other rows than
  /// the ones counted.
  package func visit(_ body: (Activity) throws -> Void) throws {
    try visit(preparing: { activity, _ in activity }, body)
  }

  /// Calls `body` with what `prepare` makes of each row (and its index in the list), in file
  /// order. Rows read again from the file are prepared on the reading thread, so the work of
  /// `prepare` is off the caller's core.
  package func visit<Prepared: Sendable>(
    preparing prepare: @escaping @Sendable (Activity, Int) -> Prepared,
    _ body: (Prepared) throws -> Void
  ) throws {
    guard let source, !isComplete else {
      for (index, activity) in leading.enumerated() { try body(prepare(activity, index)) }
      return
    }
    var listed = 0
    try source.visit(preparing: prepare) { prepared in
      listed += 1
      guard listed <= count else { throw ActivitySourceChanged(path: source.path) }
      try body(prepared)
    }
    guard listed == count else { throw ActivitySourceChanged(path: source.path) }
  }

  /// The file the rows come from.
  package var file: String? { source?.path ?? leading.first?.location.file }

}
