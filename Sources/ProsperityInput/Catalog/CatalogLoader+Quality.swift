import Foundation
import ProsperityModel

extension CatalogLoader {
  /// Reads the optional `rules.csv` and `baselines.csv`; either may be absent.
  mutating func readQualityFiles() {
    if let table = optionalTable(
      QualityFiles.rules, QualityFiles.ruleColumns, QualityFiles.ruleOptionalColumns)
    {
      readRules(table)
    }
    if let table = optionalTable(
      QualityFiles.baselines, QualityFiles.baselineColumns, QualityFiles.baselineOptionalColumns)
    {
      readBaselines(table)
    }
  }

  private mutating func optionalTable(_ name: String, _ required: [String], _ optional: [String])
    -> TableFile?
  {
    let path = (directory as NSString).appendingPathComponent(name)
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    let table = TableFile.read(
      path, required: required, optional: optional, quarter: nil, log: &log)
    if let table { files.append(table.file) }
    return table
  }

  mutating func readBaselines(_ table: TableFile) {
    for record in table.records {
      let id = record.id("indicator", log: &log)
      guard let indicator = catalog.indicators.first(where: { $0.id == id }) else {
        reject(Messages.unknownIndicator(id), record, "indicator")
        continue
      }
      guard catalog.quality.baselines[id] == nil else {
        reject(Messages.duplicateBaseline(id), record, "indicator")
        continue
      }
      let value: Double
      switch figure(record, "baseline", of: indicator) {
      case .value(let number): value = number
      case .notReported:
        log.warning(Messages.emptyBaseline(id), at: record.location("baseline"))
        continue
      case .invalid: continue
      }
      let yearText = record["baseline_year"]
      var year: Int?
      if !yearText.isEmpty {
        guard yearText.count == 4, let parsed = Int(yearText), (1900...9999).contains(parsed) else {
          reject(Messages.badBaselineYear(yearText), record, "baseline_year")
          continue
        }
        year = parsed
      }
      catalog.quality.baselines[id] = Baseline(value: value, year: year)
    }
  }

  /// Reads a data-quality setting; returns false when `record` names no such setting.
  mutating func readQualitySetting(_ record: TableRecord) -> Bool {
    let name = record["setting"].lowercased()
    let text = record["value"]
    var settings = catalog.quality.settings
    switch name {
    case "timeliness.use_file_times":
      guard let flag = YesNo.parse(text), !text.isEmpty else {
        reject(Messages.badYesNo(text), record, "value")
        return true
      }
      settings.useFileTimes = flag
    case "outliers.z_threshold", "outliers.jump_ratio", "outliers.min_history",
      "timeliness.due_days":
      guard case .value(let value) = NumberParser.parse(text), value > 0 else {
        reject(Messages.badQualitySetting(name, text), record, "value")
        return true
      }
      switch name {
      case "outliers.z_threshold": settings.zScoreThreshold = value
      case "outliers.jump_ratio":
        guard value > 1 else {
          reject(Messages.badQualitySetting(name, text), record, "value")
          return true
        }
        settings.jumpRatio = value
      default:
        guard value == value.rounded(), value < 100_000 else {
          reject(Messages.badQualitySetting(name, text), record, "value")
          return true
        }
        if name == "timeliness.due_days" { settings.dueDays = Int(value) }
        if name == "outliers.min_history" { settings.minimumHistory = Int(value) }
      }
    case "budget.overspend_ratio":
      guard case .value(let value) = NumberParser.parse(text), value > 0 else {
        reject(Messages.badQualitySetting(name, text), record, "value")
        return true
      }
      settings.budget.overspendRatio = value
    case "budget.ahead_of_time_margin":
      guard case .value(let value) = NumberParser.parse(text), value >= 0, value < 1 else {
        reject(Messages.badQualitySetting(name, text), record, "value")
        return true
      }
      settings.budget.aheadOfTimeMargin = value
    default:
      return false
    }
    catalog.quality.settings = settings
    return true
  }
}
