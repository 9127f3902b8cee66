/// Every activity of a comparison, held, when there are few enough for the workbook to keep its
/// rows in memory: it is then written as any small workbook, with shared strings and its sheets in
/// tab order. Past the limit the rows stream from the files instead (``ComparisonWorkbook``).
struct HeldMatches {
  let rows: [ActivityComparison]
  let tallies: [String: ActivityChangeTally]

  /// Every match of `comparison` when there are fewer than `limit`; `nil` when there are more,
  /// found without holding more than `limit` of them.
  static func gather(_ comparison: QuarterComparison, below limit: Int) throws -> HeldMatches? {
    // Every later row is a match: past the limit on those alone, nothing need be read.
    guard comparison.activities.reduce(0, { $0 + $1.leastCount }) < limit else { return nil }
    var rows: [ActivityComparison] = []
    do {
      try comparison.visitActivities { match in
        guard rows.count + 1 < limit else { throw TooMany() }
        rows.append(match)
      }
    } catch is TooMany {
      return nil
    }
    var tallies: [String: ActivityChangeTally] = [:]
    for row in rows { tallies[row.engine, default: ActivityChangeTally()].add(row) }
    return HeldMatches(rows: rows, tallies: tallies)
  }

  private struct TooMany: Error {}
}
