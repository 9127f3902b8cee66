/// Everything one quarter's reports show: the computation's output for that quarter.
public struct QuarterReport: Sendable {
  public let quarter: Quarter
  public let catalog: Catalog
  /// Every catalog indicator, in catalog order.
  public let results: [IndicatorResult]
  /// What each engine handed in for the quarter, by engine id.
  public let engines: [String: EngineQuarter]
  /// The catalog's diagnostics, the quarter's, and the computation's.
  public let diagnostics: [Diagnostic]
  /// The catalog files and the quarter's own files.
  public let files: [InputFile]
  /// Validation rules, completeness, outliers and progress from baseline.
  public var quality = QualityReport()
  /// Published values of the quarter that changed since, found when its reports are written again.
  public var restatements: [Restatement] = []
  /// Every indicator in every quarter up to this one, for trends and the history table.
  public var history = IndicatorHistory()

  public func results(of engine: String) -> [IndicatorResult] {
    results.filter { $0.indicator.engine == engine }
  }

  public func activities(of engine: String) -> ActivityList {
    engines[engine]?.activities ?? ActivityList()
  }

  public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
  public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
}
