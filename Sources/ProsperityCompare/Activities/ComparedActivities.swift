/// Every activity of a comparison, matched once by id: each engine's tally, and the matches
/// themselves kept in a temporary file (``MatchSpool``) to be listed in order, so memory does not
/// grow with the number of activities.
package struct ComparedActivities: Sendable {
  /// Matches in all: every row of the later quarter, and every activity gone since the earlier.
  package let count: Int
  /// Each engine's tally, by engine id.
  let tallies: [String: ActivityChangeTally]
  private let spool: MatchSpool

  /// Matches every engine's activities, engine by engine in the order given. Throws
  /// ``ActivitySourceChanged`` when a file changed since it was first read, ``SpoolFailed`` when
  /// the temporary file cannot be written.
  init(_ engines: [ActivityMatches]) throws {
    let spool = try MatchSpool(engines: engines.map(\.engine))
    var tallies: [String: ActivityChangeTally] = [:]
    for (number, matches) in engines.enumerated() {
      var tally = ActivityChangeTally()
      try matches.visit { match in
        tally.add(match)
        try spool.append(match, engine: number)
      }
      tallies[matches.engine] = tally
    }
    try spool.flush()
    count = spool.count
    self.tallies = tallies
    self.spool = spool
  }

  /// Whether neither quarter has an activity.
  var isEmpty: Bool { count == 0 }

  /// `engine`'s tally; empty for an engine not compared.
  func tally(of engine: String) -> ActivityChangeTally {
    tallies[engine] ?? ActivityChangeTally()
  }

  /// Calls `body` with every match: engine by engine, each engine's later list in its order, then
  /// those gone in the earlier list's order.
  package func visit(_ body: (ActivityComparison) throws -> Void) throws {
    try spool.replay(body)
  }
}
