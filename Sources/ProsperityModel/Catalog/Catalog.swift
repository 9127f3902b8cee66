/// What the tool knows before reading any quarter: engines, localities, measures, indicators, targets.
package struct Catalog: Sendable {
  /// In the order of engines.csv.
  package var engines: [Engine] = []
  /// In the order of localities.csv; empty without that file.
  package var localities: [Locality] = []
  /// By measure id: ids are unique across the whole catalog.
  package var measures: [String: Measure] = [:]
  /// In the order of engines.csv, then indicators.csv.
  package var indicators: [Indicator] = []
  /// By indicator id, then by the year or quarter the target is set for.
  package var targets: [String: [TargetPeriod: Double]] = [:]
  /// The attainment at which an indicator turns green or amber (`settings.csv`).
  package var thresholds = StatusThresholds()
  /// Validation rules, baselines and the data-quality settings.
  package var quality = QualityCatalog()

  /// An empty catalog, filled in by the loader.
  package init() {}

  /// The engine whose id is `id`, or `nil` when the catalog has none.
  package func engine(_ id: String) -> Engine? { engines.first { $0.id == id } }

  /// `engine`'s indicators, in catalog order.
  package func indicators(of engine: String) -> [Indicator] {
    indicators.filter { $0.engine == engine }
  }
}
