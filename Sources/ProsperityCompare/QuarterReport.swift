import ProsperityIndicators
import ProsperityModel

/// Everything one quarter's reports show: the computation's output for that quarter.
package struct QuarterReport: Sendable {
  /// The quarter the reports are of.
  package let quarter: Quarter
  /// The catalog the figures were computed with.
  package let catalog: Catalog
  /// Every catalog indicator, in catalog order.
  package let results: [IndicatorResult]
  /// What each engine handed in for the quarter, by engine id.
  package let engines: [String: EngineQuarter]
  /// The catalog's diagnostics, the quarter's, and the computation's.
  package let diagnostics: [Diagnostic]
  /// The catalog files and the quarter's own files.
  package let files: [InputFile]
  /// Validation rules, completeness, outliers and progress from baseline.
  package var quality = QualityReport()
  /// Published values of the quarter that changed since, found when its reports are written again.
  package var restatements: [Restatement] = []
  /// Every indicator in every quarter up to this one, for trends and the history table.
  package var history = IndicatorHistory()

  /// `engine`'s results, in catalog order.
  package func results(of engine: String) -> [IndicatorResult] {
    results.filter { $0.indicator.engine == engine }
  }

  /// `engine`'s activities this quarter; an empty list when it handed in no activity file.
  package func activities(of engine: String) -> ActivityList {
    engines[engine]?.activities ?? ActivityList()
  }

  /// The errors among ``diagnostics``.
  package var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
  /// The warnings among ``diagnostics``.
  package var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }

  /// A report of `quarter`; the checks, restatements and history are added when they are made.
  package init(
    quarter: Quarter, catalog: Catalog, results: [IndicatorResult],
    engines: [String: EngineQuarter], diagnostics: [Diagnostic], files: [InputFile],
    quality: QualityReport = QualityReport(), restatements: [Restatement] = [],
    history: IndicatorHistory = IndicatorHistory()
  ) {
    self.quarter = quarter
    self.catalog = catalog
    self.results = results
    self.engines = engines
    self.diagnostics = diagnostics
    self.files = files
    self.quality = quality
    self.restatements = restatements
    self.history = history
  }
}

extension QuarterReport {
  /// The comment the engine's manager wrote on `result`'s indicator this quarter.
  package func comment(on result: IndicatorResult) -> IndicatorComment? {
    engines[result.indicator.engine]?.comments[result.indicator.id]
  }

  /// Red indicators their engine's manager did not explain: the committee will ask.
  package var unexplainedRed: [IndicatorResult] {
    results.filter { $0.status == .red && comment(on: $0) == nil }
  }
}
