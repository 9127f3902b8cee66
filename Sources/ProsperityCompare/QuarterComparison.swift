import ProsperityModel

/// Two quarters compared: every indicator's values, change and verdict, every activity's change
/// (listed from a temporary file, see ``ComparedActivities``), and what changed in the catalog
/// between them. Changes always run from the earlier quarter to the later one, whichever order the
/// quarters were asked for in.
package struct QuarterComparison: Sendable {
  /// The earlier of the two quarters, whichever was asked for first.
  package let earlier: Quarter
  /// The later of the two quarters.
  package let later: Quarter
  /// The engines compared, in the order of engines.csv: all of them, or the one asked for.
  package let engines: [Engine]
  /// By engine, in catalog order; within an engine, indicators no longer in the catalog come last.
  package let indicators: [IndicatorComparison]
  /// Every activity of both quarters, matched by id within each engine.
  package let activities: ComparedActivities
  /// The indicators added, removed or redefined, in the order of ``indicators``.
  package let catalogChanges: [CatalogChange]
  /// Each engine's activity totals (budget spent, participants) in the earlier and later quarter.
  package let activityTotals: [String: (earlier: [String: Figure], later: [String: Figure])]
  /// The data problems of the earlier quarter's reports: (errors, warnings).
  package let earlierProblems: (errors: Int, warnings: Int)
  /// The data problems of the later quarter's reports.
  package let laterProblems: (errors: Int, warnings: Int)

  /// How many indicators the biggest-movers lists show.
  static let moverCount = 5

  /// `engine`'s indicators, in the order of ``indicators``.
  package func indicators(of engine: String) -> [IndicatorComparison] {
    indicators.filter { $0.definition.engine == engine }
  }

  /// How many of `engine`'s indicators got each verdict on their quarter values.
  package func verdictCounts(of engine: String) -> [Verdict: Int] {
    var counts: [Verdict: Int] = [:]
    for indicator in indicators(of: engine) { counts[indicator.verdict, default: 0] += 1 }
    return counts
  }

  /// How many of `engine`'s activities had each change, and the first few of each.
  package func activityTally(of engine: String) -> ActivityChangeTally {
    activities.tally(of: engine)
  }

  /// The indicators that improved or worsened most across the region, by the size of their
  /// relative change; those whose earlier value is 0 have no relative change and are not ranked.
  package var movers: [IndicatorComparison] {
    let ranked = indicators.enumerated().compactMap {
      index, indicator -> (Int, Double, IndicatorComparison)? in
      guard indicator.moved, let relative = indicator.change?.relative else { return nil }
      return (index, abs(relative), indicator)
    }
    return
      ranked
      .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
      .prefix(Self.moverCount).map(\.2)
  }

  /// The file name both reports share: `2026-Q2_vs_2026-Q3`.
  package static func baseName(_ first: Quarter, _ second: Quarter) -> String {
    "\(first)_vs_\(second)"
  }
}
