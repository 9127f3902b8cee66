import Foundation
import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports
@testable import ProsperityStore
@testable import ProsperitySupport

/// settings.csv's data-quality settings, through the real catalog loader.
@Suite struct QualitySettingsTests {
  func load(_ settings: String) throws -> (Catalog, DiagnosticLog) {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("prosperity-settings-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let files = [
      "engines.csv": "engine,name_he,name_en\ntourism,תיירות,Tourism\n",
      "measures.csv":
        "measure,engine,name_he,name_en,unit,kind\ntourism.visitors,tourism,מבקרים,Visitors,count,flow\n",
      // A catalog without an indicator is no catalog (exit 66).
      "indicators.csv": "indicator,engine,name_he,name_en,unit,formula,direction,headline\n"
        + "tourism.visitors_total,tourism,מבקרים,Visitors,count,tourism.visitors,up,yes\n",
      "localities.csv": "locality,name_he,name_en\n",
      "targets.csv": "indicator,period,target\n",
      "settings.csv": settings,
    ]
    for (name, text) in files {
      try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }
    let (catalog, _, log) = try CatalogLoader.load(from: folder.path)
    return (catalog, log)
  }

  @Test func defaults() throws {
    let (catalog, log) = try load("setting,value\n")
    #expect(catalog.quality.settings == QualitySettings())
    #expect(catalog.quality.settings.zScoreThreshold == 3.5)
    #expect(catalog.quality.settings.dueDays == 30)
    #expect(!catalog.quality.settings.useFileTimes)
    #expect(log.entries.isEmpty)
  }

  @Test func everySettingIsRead() throws {
    let (catalog, log) = try load(
      """
      setting,value
      outliers.z_threshold,3
      outliers.jump_ratio,2.5
      outliers.min_history,6
      timeliness.due_days,45
      timeliness.use_file_times,yes
      status.green_at,95%

      """)
    #expect(log.entries.isEmpty, "\(log.entries)")
    let settings = catalog.quality.settings
    #expect(settings.zScoreThreshold == 3)
    #expect(settings.jumpRatio == 2.5)
    #expect(settings.minimumHistory == 6)
    #expect(settings.dueDays == 45)
    #expect(settings.useFileTimes)
    #expect(catalog.thresholds.green == 0.95)
  }

  @Test func badValuesKeepTheDefaultAndNameTheCell() throws {
    let (catalog, log) = try load(
      """
      setting,value
      outliers.jump_ratio,0.5
      outliers.min_history,2.5
      timeliness.use_file_times,maybe
      outliers.z_threshold,-1

      """)
    #expect(catalog.quality.settings == QualitySettings())
    #expect(log.errorCount == 4)
    #expect(log.entries.first?.location?.description.hasSuffix("settings.csv:2:21") == true)
  }
}
