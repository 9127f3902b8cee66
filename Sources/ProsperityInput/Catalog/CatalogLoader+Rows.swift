import Foundation
import ProsperityModel

extension CatalogLoader {
  mutating func readEngines(_ table: TableFile) {
    for record in table.records {
      guard let id = identifier(record, "engine") else { continue }
      guard catalog.engine(id) == nil else {
        reject(Messages.duplicateID(id), record, "engine")
        continue
      }
      catalog.engines.append(Engine(id: id, name: names(record)))
    }
  }

  mutating func readLocalities(_ table: TableFile) {
    for record in table.records {
      guard let id = identifier(record, "locality") else { continue }
      guard !catalog.localities.contains(where: { $0.id == id }) else {
        reject(Messages.duplicateID(id), record, "locality")
        continue
      }
      catalog.localities.append(Locality(id: id, name: names(record)))
    }
  }

  mutating func readMeasures(_ table: TableFile) {
    for record in table.records {
      guard let id = identifier(record, "measure") else { continue }
      if id.hasPrefix(ActivityMeasure.prefix) {
        reject(Messages.reservedMeasureID(id), record, "measure")
        continue
      }
      guard catalog.measures[id] == nil else {
        reject(Messages.duplicateID(id), record, "measure")
        continue
      }
      guard let engine = knownEngine(record) else { continue }
      let unit = unit(record, of: id)
      guard let kind = MeasureKind(rawValue: record["kind"].lowercased()) else {
        reject(Messages.badKind(record["kind"]), record, "kind")
        continue
      }
      catalog.measures[id] = Measure(
        id: id, engine: engine, name: names(record), unit: unit, kind: kind)
    }
  }

  mutating func readIndicators(_ table: TableFile) {
    var read: [Indicator] = []
    for record in table.records {
      guard let id = identifier(record, "indicator") else { continue }
      guard !read.contains(where: { $0.id == id }) else {
        reject(Messages.duplicateID(id), record, "indicator")
        continue
      }
      guard let engine = knownEngine(record) else { continue }
      let unit = unit(record, of: id)
      guard let direction = Direction(rawValue: record["direction"].lowercased()) else {
        reject(Messages.badDirection(record["direction"]), record, "direction")
        continue
      }
      guard let headline = YesNo.parse(record["headline"]) else {
        reject(Messages.badYesNo(record["headline"]), record, "headline")
        continue
      }
      guard let formula = formula(record, "formula") else { continue }
      let isFlow = { (measure: String) in
        catalog.measure(named: measure)?.kind == .flow
      }
      let accumulates = formula.accumulates(isFlow)
      read.append(
        Indicator(
          id: id, engine: engine, name: names(record), unit: unit, formulaText: record["formula"],
          formula: formula, direction: direction, isHeadline: headline, isCumulative: accumulates,
          phasing: phasing(record, accumulates: accumulates)))
    }
    catalog.indicators = catalog.engines.flatMap { engine in read.filter { $0.engine == engine.id }
    }
  }

  /// The `phasing` column: linear unless it says seasonal. A value it cannot read is an error at
  /// its cell and keeps linear; seasonal on an indicator that does not accumulate changes nothing,
  /// which a warning says.
  private mutating func phasing(_ record: TableRecord, accumulates: Bool) -> Phasing {
    let text = record["phasing"]
    guard !text.isEmpty else { return .linear }
    guard let phasing = Phasing(rawValue: text.lowercased()) else {
      log.error(Messages.badPhasing(text), at: record.location("phasing"))
      return .linear
    }
    if phasing == .seasonal && !accumulates {
      log.warning(Messages.seasonalWithoutAccumulation, at: record.location("phasing"))
      return .linear
    }
    return phasing
  }

  /// The unit in the row's `unit` column, whatever it says: a unit never costs a measure or
  /// an indicator its values. An empty one, or one that looks mistyped, gets a warning.
  private mutating func unit(_ record: TableRecord, of id: String) -> MeasureUnit {
    let reading = UnitSpelling.read(record["unit"])
    if reading.unit == .other("") {
      log.warning(Messages.emptyUnit(id), at: record.location("unit"))
    } else if let known = reading.resembles {
      log.warning(
        Messages.unitLooksMistyped(reading.unit.rawValue, known), at: record.location("unit"))
    }
    return reading.unit
  }

  /// The number in `column`, a figure of `indicator`: an unreadable number, or one written in a
  /// form its unit contradicts, is logged and rejects the row (`.invalid`).
  mutating func figure(_ record: TableRecord, _ column: String, of indicator: Indicator)
    -> ParsedNumber
  {
    let text = record[column]
    let (number, form) = NumberParser.read(text)
    switch number {
    case .value(let value) where !form.fits(indicator.unit, value: value):
      let message = Messages.valueContradictsUnit(
        text, form: form, read: value, unit: indicator.unit,
        owner: .catalog(id: indicator.id, catalogFile: CatalogFiles.indicators))
      reject(message, record, column)
      return .invalid
    case .invalid:
      reject(Messages.badNumber(text), record, column)
      return .invalid
    case .value, .notReported:
      return number
    }
  }

  mutating func readTargets(_ table: TableFile) {
    for record in table.records {
      let id = record.id("indicator", log: &log)
      guard let indicator = catalog.indicators.first(where: { $0.id == id }) else {
        reject(Messages.unknownIndicator(id), record, "indicator")
        continue
      }
      guard let period = TargetPeriod(parsing: record["period"]) else {
        reject(Messages.badPeriod(record["period"]), record, "period")
        continue
      }
      let value: Double
      switch figure(record, "target", of: indicator) {
      case .value(let number): value = number
      case .notReported:
        log.warning(Messages.emptyTarget(id, period.description), at: record.location("target"))
        continue
      case .invalid: continue
      }
      guard catalog.targets[id]?[period] == nil else {
        reject(Messages.duplicateTarget(id, period.description), record, "period")
        continue
      }
      catalog.targets[id, default: [:]][period] = value
    }
  }

  mutating func readSettings(_ table: TableFile) {
    var thresholds = catalog.thresholds
    var lines: [String: Int] = [:]
    // The threshold rows read, the last of them the one the pair is judged at.
    var thresholdRows: [String: TableRecord] = [:]
    for record in table.records {
      let name = record["setting"].lowercased()
      if !name.isEmpty, let first = lines[name] {
        reject(Messages.repeatedSetting(name, firstLine: first), record, "setting")
        continue
      }
      lines[name] = record.line
      if readQualitySetting(record) { continue }
      guard case .value(let value) = NumberParser.parse(record["value"]) else {
        reject(Messages.badNumber(record["value"]), record, "value")
        continue
      }
      switch name {
      case "status.green_at": thresholds.green = value
      case "status.amber_at": thresholds.amber = value
      default:
        reject(Messages.unknownSetting(name), record, "setting")
        continue
      }
      thresholdRows[name] = record
    }
    guard !thresholds.isOrdered else {
      catalog.thresholds = thresholds
      return
    }
    // Blamed on amber_at when the file sets it: it is the one that must lie below the other.
    let blamed = thresholdRows["status.amber_at"] != nil ? "status.amber_at" : "status.green_at"
    log.error(
      Messages.badThresholds(green: thresholds.green, amber: thresholds.amber, blamed: blamed),
      at: thresholdRows[blamed]?.location("value") ?? SourceLocation(file: table.path))
  }
}

extension TargetPeriod {
  /// Reads a year (`2026`) or any accepted spelling of a quarter (`2026-Q3`).
  init?(parsing text: String) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if trimmed.count == 4, let year = Int(trimmed), (1900...9999).contains(year) {
      self = .year(year)
    } else if let quarter = Quarter(parsing: trimmed) {
      self = .quarter(quarter)
    } else {
      return nil
    }
  }
}

/// The yes/no columns of the catalog, in English or Hebrew.
package enum YesNo {
  static func parse(_ text: String) -> Bool? {
    switch text.trimmingCharacters(in: .whitespaces).lowercased() {
    case "yes", "y", "true", "1", "כן": return true
    case "no", "n", "false", "0", "לא", "": return false
    default: return nil
    }
  }
}
