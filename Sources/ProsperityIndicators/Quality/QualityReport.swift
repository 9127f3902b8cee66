import ProsperityModel

/// Everything the data-quality checks found for one quarter's report.
package struct QualityReport: Sendable {
  /// Every rule for every engine it applies to, in the order of rules.csv.
  package var rules: [RuleResult] = []
  /// The completeness matrix: per quarter up to the report's (oldest first), per engine.
  package var completeness: [[EngineCompleteness]] = []
  /// Values far from their history or jumping from the previous quarter, engines in catalog
  /// order, measures by id.
  package var outliers: [Outlier] = []
  /// Measures whose z-score could not be computed, with the reason.
  package var unscored: [UnscoredMeasure] = []
  /// Progress from baseline, by indicator id, for indicators with a baseline.
  package var progress: [String: BaselineProgress] = [:]
  /// Activities whose spending is flagged, by engine id (every engine that handed in activities).
  package var budgetFlags: [String: BudgetFlags] = [:]
  /// Rule violations and late files.
  package var diagnostics: [Diagnostic] = []

  /// Nothing found yet: ``QualityCheck/run(for:results:)`` fills it in.
  package init() {}

  /// The report quarter's row of the completeness matrix.
  package var current: [EngineCompleteness] { completeness.last ?? [] }

  /// The rules that were checked and do not hold.
  package var violations: [RuleResult] { rules.filter(\.isViolation) }
}

/// The data-quality stage, run beside the indicators for one quarter: validation rules,
/// completeness and timeliness, outliers, progress from baseline, and budget flags (found as the
/// activity files' rows went by, so they cover every row however large the file).
package struct QualityCheck: Sendable {
  let dataset: Dataset

  /// The checks of `dataset`'s quarters, with the catalog's rules, baselines and settings.
  package init(dataset: Dataset) { self.dataset = dataset }

  /// Checks `quarter` against its rules and its history; `results` (the quarter's indicators) give
  /// progress from baseline.
  package func run(for quarter: Quarter, results: [IndicatorResult]) -> QualityReport {
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
    for engine in dataset.catalog.engines {
      if let here = dataset.engineQuarter(engine.id, quarter), here.activitiesFile != nil {
        report.budgetFlags[engine.id] = here.budgetFlags
      }
    }
    report.diagnostics = log.entries
    return report
  }
}
