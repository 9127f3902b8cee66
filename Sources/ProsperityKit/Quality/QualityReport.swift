/// Everything the data-quality checks found for one quarter's report.
public struct QualityReport: Sendable {
  /// Every rule for every engine it applies to, in the order of rules.csv.
  public var rules: [RuleResult] = []
  /// The completeness matrix: per quarter up to the report's (oldest first), per engine.
  public var completeness: [[EngineCompleteness]] = []
  public var outliers: [Outlier] = []
  /// Measures whose z-score could not be computed, with the reason.
  public var unscored: [UnscoredMeasure] = []
  /// Progress from baseline, by indicator id, for indicators with a baseline.
  public var progress: [String: BaselineProgress] = [:]
  /// Rule violations and late files.
  public var diagnostics: [Diagnostic] = []

  public init() {}

  /// The report quarter's row of the completeness matrix.
  public var current: [EngineCompleteness] { completeness.last ?? [] }

  /// The rules that were checked and do not hold.
  public var violations: [RuleResult] { rules.filter(\.isViolation) }
}

/// The data-quality stage, run beside the indicators for one quarter: validation rules,
/// completeness and timeliness, outliers and progress from baseline.
public struct QualityCheck: Sendable {
  public let dataset: Dataset

  public init(dataset: Dataset) { self.dataset = dataset }

  /// Checks `quarter` against its rules and its history; `results` (the quarter's indicators) give
  /// progress from baseline.
  public func run(for quarter: Quarter, results: [IndicatorResult]) -> QualityReport {
    var log = DiagnosticLog()
    var report = QualityReport()
    report.rules = RuleCheck(dataset: dataset, quarter: quarter).run(log: &log)
    report.completeness = CompletenessCheck(dataset: dataset, quarter: quarter).run(log: &log)
    (report.outliers, report.unscored) = OutlierCheck(dataset: dataset, quarter: quarter).run()
    for result in results {
      if let progress = BaselineProgress.of(result, baselines: dataset.catalog.quality.baselines) {
        report.progress[result.indicator.id] = progress
      }
    }
    report.diagnostics = log.entries
    return report
  }
}

extension QuarterReport {
  /// The comment the engine's manager wrote on `result`'s indicator this quarter.
  public func comment(on result: IndicatorResult) -> IndicatorComment? {
    engines[result.indicator.engine]?.comments[result.indicator.id]
  }

  /// Red indicators their engine's manager did not explain: the committee will ask.
  public var unexplainedRed: [IndicatorResult] {
    results.filter { $0.status == .red && comment(on: $0) == nil }
  }
}
