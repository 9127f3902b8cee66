/// What the tool knows before reading any quarter: engines, localities, measures, indicators, targets.
package struct Catalog: Sendable {
  package var engines: [Engine] = []
  package var localities: [Locality] = []
  package var measures: [String: Measure] = [:]
  /// In the order of engines.csv, then indicators.csv.
  package var indicators: [Indicator] = []
  package var targets: [String: [TargetPeriod: Double]] = [:]
  package var thresholds = StatusThresholds()
  /// Validation rules, baselines and the data-quality settings.
  package var quality = QualityCatalog()

  package init() {}

  package func engine(_ id: String) -> Engine? { engines.first { $0.id == id } }

  package func indicators(of engine: String) -> [Indicator] {
    indicators.filter { $0.engine == engine }
  }
}
