import ProsperityModel

/// How far an indicator has come from its baseline toward its target:
/// (actual − baseline) / (target − baseline), beside attainment.
package struct BaselineProgress: Sendable {
  /// The indicator's baseline as baselines.csv gives it.
  package let baseline: Baseline
  /// The baseline in the terms of what is expected by now: for an accumulating indicator compared
  /// year to date, the baseline year's total × the share of the annual target expected by now
  /// (n/4, or the seasonal share; × 1/4 against a quarter's own target), as the annual target is
  /// spread; the baseline itself otherwise.
  let baselineByNow: Double
  /// `nil` when there is no actual value or target, or the target equals the baseline.
  package let progress: Double?

  /// The progress of `result`, or nil when the indicator has no baseline.
  static func of(_ result: IndicatorResult, baselines: [String: Baseline]) -> BaselineProgress? {
    guard let baseline = baselines[result.indicator.id] else { return nil }
    var share = 1.0
    if result.indicator.isCumulative {
      switch result.basis {
      case .quarterTarget?: share = 0.25
      case let basis?: share = basis.share
      case nil: share = Double(result.quarter.number) / 4
      }
    }
    let byNow = baseline.value * share
    var progress: Double?
    if let actual = result.actual.value, let expected = result.expected, expected != byNow {
      let ratio = (actual - byNow) / (expected - byNow)
      progress = ratio.isFinite ? ratio : nil
    }
    return BaselineProgress(baseline: baseline, baselineByNow: byNow, progress: progress)
  }
}
