/// What the catalog adds for data quality: validation rules, baselines and settings.
package struct QualityCatalog: Sendable {
  /// In the order of rules.csv.
  package var rules: [ValidationRule] = []
  /// By indicator id.
  package var baselines: [String: Baseline] = [:]
  /// The data-quality settings of settings.csv, defaults where it gives none.
  package var settings = QualitySettings()

  init() {}
}
