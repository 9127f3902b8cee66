/// The catalog's file names and the columns each must have: the input contract.
package enum CatalogFiles {
  /// The engines and their names.
  package static let engines = "engines.csv"
  /// The localities (authorities) of the cluster.
  package static let localities = "localities.csv"
  /// The measures the engines report, with unit and kind.
  package static let measures = "measures.csv"
  /// The indicators and their formulas.
  package static let indicators = "indicators.csv"
  /// The annual and quarter targets.
  package static let targets = "targets.csv"
  /// The thresholds and settings (optional).
  package static let settings = "settings.csv"
  /// Every file the top of the inputs folder may hold.
  static let all = [
    engines, localities, measures, indicators, targets, settings, QualityFiles.rules,
    QualityFiles.baselines,
  ]

  static let engineColumns = ["engine", "name_he", "name_en"]
  static let localityColumns = ["locality", "name_he", "name_en"]
  static let measureColumns = ["measure", "engine", "name_he", "name_en", "unit", "kind"]
  static let indicatorColumns = [
    "indicator", "engine", "name_he", "name_en", "unit", "formula", "direction", "headline",
  ]
  static let indicatorOptionalColumns = ["phasing"]
  static let targetColumns = ["indicator", "period", "target"]
  static let settingColumns = ["setting", "value"]
}

/// The contract of a quarter's engine files.
package enum QuarterFiles {
  /// How an engine's KPI file is named after its id: `tourism-kpis.csv`.
  package static let kpiSuffix = "-kpis.csv"
  /// How an engine's activity file is named after its id: `tourism-activities.csv`.
  package static let activitiesSuffix = "-activities.csv"

  static let kpiColumns = ["measure", "value"]
  static let kpiOptionalColumns = ["locality", "source", "notes", "submitted"]
  static let activityColumns = ["activity_id", "title", "status"]
  static let activityOptionalColumns = [
    "category", "lead", "start", "end", "budget_planned", "budget_spent", "participants", "notes",
    "submitted",
  ]
}
