/// The catalog's file names and the columns each must have: the input contract.
package enum CatalogFiles {
  package static let engines = "engines.csv"
  package static let localities = "localities.csv"
  package static let measures = "measures.csv"
  package static let indicators = "indicators.csv"
  package static let targets = "targets.csv"
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
  package static let kpiSuffix = "-kpis.csv"
  package static let activitiesSuffix = "-activities.csv"

  static let kpiColumns = ["measure", "value"]
  static let kpiOptionalColumns = ["locality", "source", "notes", "submitted"]
  static let activityColumns = ["activity_id", "title", "status"]
  static let activityOptionalColumns = [
    "category", "lead", "start", "end", "budget_planned", "budget_spent", "participants", "notes",
    "submitted",
  ]
}
