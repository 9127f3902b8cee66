import Foundation
import ProsperityIndicators
import ProsperityInput
import ProsperityModel

/// Reads a quarter's publication record back. A record that is missing or damaged is never fatal:
/// it gives warnings and as much of the record as can be trusted.
package enum RecordReader {
  static let indicatorColumns = [
    "engine", "indicator", "quarter", "value", "ytd_value", "target", "expected", "attainment",
    "status",
  ]
  /// The columns of `catalog-QUARTER.csv` a record must have; the writer writes them in this order.
  package static let catalogColumns = ["indicator", "engine", "unit", "direction", "formula"]
  /// The names, written after the required columns; a record without them names indicators by id.
  package static let catalogOptionalColumns = ["name_he", "name_en"]
  /// The columns of `sources-QUARTER.csv`: a path relative to the inputs folder, and its SHA-256.
  package static let sourceColumns = ["file", "sha256"]

  /// The record of `paths.quarter`, or `nil` when it was never published or cannot be used.
  ///
  /// A quarter whose reports were never written has no record and gets no warning; a summary
  /// without its indicators CSV, or an unreadable CSV, is a warning.
  package static func read(_ paths: RecordPaths, log: inout DiagnosticLog) -> PublicationRecord? {
    let quarter = paths.quarter
    let manager = FileManager.default
    guard manager.fileExists(atPath: paths.indicators) else {
      if manager.fileExists(atPath: paths.summary) {
        log.warning(
          Messages.recordMissing(quarter, paths.indicators),
          at: SourceLocation(file: paths.indicators), quarter: quarter)
      }
      return nil
    }
    var problems = DiagnosticLog()
    let table = TableFile.read(
      paths.indicators, required: indicatorColumns, acceptsAnyColumn: true, quarter: quarter,
      log: &problems)
    var indicators: [PublishedIndicator] = []
    for record in table?.records ?? [] {
      if let row = indicator(record, quarter, &problems) { indicators.append(row) }
    }
    warn(problems, into: &log)
    guard table != nil else {
      log.warning(
        Messages.recordUnusable(quarter), at: SourceLocation(file: paths.indicators),
        quarter: quarter)
      return nil
    }
    let definitions = self.definitions(paths, &log)
    let sources = self.sources(paths, &log)
    if definitions == nil || sources == nil {
      log.warning(
        Messages.recordWithoutSources(quarter), at: SourceLocation(file: paths.sources),
        quarter: quarter)
    }
    return PublicationRecord(
      quarter: quarter, indicators: indicators, definitions: definitions, sources: sources)
  }

  private static func indicator(
    _ record: TableRecord, _ quarter: Quarter, _ log: inout DiagnosticLog
  ) -> PublishedIndicator? {
    guard record["quarter"] == quarter.description else {
      log.warning(
        Messages.recordOtherQuarter(record["quarter"], quarter), at: record.location("quarter"),
        quarter: quarter)
      return nil
    }
    var numbers: [String: Double?] = [:]
    for column in ["value", "ytd_value", "target", "expected", "attainment"] {
      let text = record[column]
      if text.isEmpty {
        numbers[column] = .some(nil)
      } else if let number = Double(text), number.isFinite {
        numbers[column] = number
      } else {
        log.warning(Messages.recordBadNumber(text), at: record.location(column), quarter: quarter)
        return nil
      }
    }
    guard let status = Status(rawValue: record["status"]) else {
      log.warning(
        Messages.recordBadStatus(record["status"]), at: record.location("status"),
        quarter: quarter)
      return nil
    }
    guard Identifier.isValid(record["indicator"]) else {
      log.warning(
        Messages.badIdentifier(record["indicator"]), at: record.location("indicator"),
        quarter: quarter)
      return nil
    }
    return PublishedIndicator(
      id: record["indicator"], engine: record["engine"], location: record.location(),
      value: numbers["value"] ?? nil, yearToDate: numbers["ytd_value"] ?? nil,
      target: numbers["target"] ?? nil, expected: numbers["expected"] ?? nil,
      attainment: numbers["attainment"] ?? nil, status: status)
  }

  private static func definitions(
    _ paths: RecordPaths, _ log: inout DiagnosticLog
  ) -> [String: IndicatorDefinition]? {
    guard FileManager.default.fileExists(atPath: paths.catalog) else { return nil }
    var problems = DiagnosticLog()
    defer { warn(problems, into: &log) }
    guard
      let table = TableFile.read(
        paths.catalog, required: catalogColumns, optional: catalogOptionalColumns,
        quarter: paths.quarter, log: &problems)
    else { return nil }
    var definitions: [String: IndicatorDefinition] = [:]
    for record in table.records {
      let field = { (column: String) in CSVField.untext(record[column]) }
      let unit = MeasureUnit(rawValue: field("unit"))
      guard let direction = Direction(rawValue: field("direction")),
        Identifier.isValid(record["indicator"]), !field("formula").isEmpty
      else {
        problems.warning(
          Messages.recordBadDefinition, at: record.location(), quarter: paths.quarter)
        continue
      }
      let english = field("name_en").isEmpty ? record["indicator"] : field("name_en")
      definitions[record["indicator"]] = IndicatorDefinition(
        id: record["indicator"], engine: record["engine"],
        name: LocalizedText(he: field("name_he").isEmpty ? english : field("name_he"), en: english),
        unit: unit, direction: direction, formula: field("formula"))
    }
    return definitions
  }

  private static func sources(_ paths: RecordPaths, _ log: inout DiagnosticLog) -> [String: String]?
  {
    guard FileManager.default.fileExists(atPath: paths.sources) else { return nil }
    var problems = DiagnosticLog()
    defer { warn(problems, into: &log) }
    guard
      let table = TableFile.read(
        paths.sources, required: sourceColumns, quarter: paths.quarter, log: &problems)
    else { return nil }
    var sources: [String: String] = [:]
    for record in table.records where !record["file"].isEmpty {
      sources[CSVField.untext(record["file"])] = record["sha256"]
    }
    return sources
  }

  /// A damaged record is the tool's own output, not bad input: its problems are warnings.
  private static func warn(_ problems: DiagnosticLog, into log: inout DiagnosticLog) {
    for problem in problems.entries {
      log.warning(
        problem.message, at: problem.location, quarter: problem.quarter,
        rejectedRow: problem.rejectedRow)
    }
  }
}
