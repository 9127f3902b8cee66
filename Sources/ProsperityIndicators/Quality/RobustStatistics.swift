/// The median-based statistics of the outlier check, which one wild value cannot drag along as it
/// drags a mean and a standard deviation.
enum RobustStatistics {
  /// The median of a non-empty list.
  static func median(_ values: [Double]) -> Double {
    precondition(!values.isEmpty, "the median of nothing is undefined")
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  /// The median absolute deviation from the median.
  static func medianAbsoluteDeviation(_ values: [Double], median: Double) -> Double {
    self.median(values.map { abs($0 - median) })
  }

  /// The modified z-score of `value` against `history` (Iglewicz and Hoaglin):
  /// 0.6745 × (value − median) / MAD. When more than half the history equals its median the MAD is
  /// 0, and the mean absolute deviation stands in: (value − median) / (1.253314 × meanAD). When the
  /// history never changed at all both are 0 and there is no score.
  static func modifiedZScore(_ value: Double, history: [Double]) -> (
    score: Double?, median: Double, deviation: Double
  ) {
    let median = self.median(history)
    let mad = medianAbsoluteDeviation(history, median: median)
    if mad > 0 { return (0.6745 * (value - median) / mad, median, mad) }
    let meanDeviation = history.reduce(0) { $0 + abs($1 - median) } / Double(history.count)
    if meanDeviation > 0 {
      return ((value - median) / (1.253314 * meanDeviation), median, mad)
    }
    return (value == median ? 0 : nil, median, mad)
  }
}
