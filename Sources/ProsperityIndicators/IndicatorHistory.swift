import ProsperityModel
import ProsperitySupport

/// Every indicator computed for every quarter the inputs hold up to a report's quarter, so the
/// workbook can show trends and a long table without recomputing anything.
package struct IndicatorHistory: Sendable {
  /// The quarters with an input folder, oldest first.
  package let quarters: [Quarter]
  private let byQuarter: [Quarter: [String: IndicatorResult]]

  /// No quarter: a report made without history.
  package init() {
    quarters = []
    byQuarter = [:]
  }

  /// Computes every catalog indicator for each quarter of `dataset` up to and including `last`.
  /// Later quarters are left out: a report never shows what happened after its own quarter.
  package init(dataset: Dataset, through last: Quarter) {
    let calculator = IndicatorCalculator(dataset: dataset)
    quarters = dataset.reportedQuarters.filter { $0 <= last }
    let indicators = dataset.catalog.indicators
    // Quarters do not depend on each other, so both cores compute them.
    let computed = quarters.parallelMap { quarter in
      Dictionary(indicators.map { ($0.id, calculator.compute($0, quarter)) }) { _, last in last }
    }
    byQuarter = Dictionary(zip(quarters, computed)) { _, last in last }
  }

  /// The indicator's result in `quarter`, or `nil` when the inputs hold no folder for it.
  package func result(_ indicator: String, in quarter: Quarter) -> IndicatorResult? {
    byQuarter[quarter]?[indicator]
  }

  /// The `count` calendar quarters ending with `last`, oldest first, whether or not each has data.
  package static func window(_ count: Int, endingWith last: Quarter) -> [Quarter] {
    var quarters = [last]
    while quarters.count < count { quarters.insert(quarters[0].previous, at: 0) }
    return quarters
  }
}
