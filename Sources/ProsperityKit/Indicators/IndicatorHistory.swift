/// Every indicator computed for every quarter the inputs hold up to a report's quarter, so the
/// workbook can show trends and a long table without recomputing anything.
public struct IndicatorHistory: Sendable {
  /// The quarters with an input folder, oldest first.
  public let quarters: [Quarter]
  private let byQuarter: [Quarter: [String: IndicatorResult]]

  public init() {
    quarters = []
    byQuarter = [:]
  }

  /// Computes every catalog indicator for each quarter of `dataset` up to and including `last`.
  /// Later quarters are left out: a report never shows what happened after its own quarter.
  public init(dataset: Dataset, through last: Quarter) {
    let calculator = IndicatorCalculator(dataset: dataset)
    quarters = dataset.reportedQuarters.filter { $0 <= last }
    var byQuarter: [Quarter: [String: IndicatorResult]] = [:]
    for quarter in quarters {
      var results: [String: IndicatorResult] = [:]
      for indicator in dataset.catalog.indicators {
        results[indicator.id] = calculator.compute(indicator, quarter)
      }
      byQuarter[quarter] = results
    }
    self.byQuarter = byQuarter
  }

  /// The indicator's result in `quarter`, or `nil` when the inputs hold no folder for it.
  public func result(_ indicator: String, in quarter: Quarter) -> IndicatorResult? {
    byQuarter[quarter]?[indicator]
  }

  /// The `count` calendar quarters ending with `last`, oldest first, whether or not each has data.
  public static func window(_ count: Int, endingWith last: Quarter) -> [Quarter] {
    var quarters = [last]
    while quarters.count < count { quarters.insert(quarters[0].previous, at: 0) }
    return quarters
  }
}
