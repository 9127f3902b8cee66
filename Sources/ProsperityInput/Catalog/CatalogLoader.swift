import Foundation
import ProsperityModel

/// Inputs that are missing altogether: nothing can be reported (exit 66).
package struct InputsMissing: Error, Sendable {
  /// Why the catalog could not be used.
  package enum Reason: Sendable {
    case notFound
    /// A required catalog file that defines nothing, as an empty or header-only file does.
    case definesNoEngine
    case definesNoIndicator
  }

  /// The folder or file that is missing or unusable.
  package let path: String
  /// What is wrong with it.
  package var reason = Reason.notFound
  /// The problems found in the catalog on the way, which say why it defines nothing.
  package var diagnostics: [Diagnostic] = []
}

/// Reads and checks the catalog: engines, localities, measures, indicators, targets and settings.
///
/// A bad row is logged and left out of the catalog; only a missing required file, or a catalog
/// without a single engine or indicator, stops the run.
package struct CatalogLoader {
  let directory: String
  var log = DiagnosticLog()
  var catalog = Catalog()
  var files: [InputFile] = []

  /// Reads the catalog files of the inputs folder `directory`, with their diagnostics; throws when a required one is missing or defines nothing.
  package static func load(from directory: String) throws(InputsMissing) -> (
    Catalog, [InputFile], DiagnosticLog
  ) {
    var loader = CatalogLoader(directory: directory)
    try loader.loadAll()
    return (loader.catalog, loader.files, loader.log)
  }

  private mutating func loadAll() throws(InputsMissing) {
    for required in [CatalogFiles.engines, CatalogFiles.measures, CatalogFiles.indicators] {
      let path = self.path(required)
      if !FileManager.default.fileExists(atPath: path) { throw InputsMissing(path: path) }
    }
    if let table = table(CatalogFiles.engines, CatalogFiles.engineColumns) { readEngines(table) }
    // Nothing could be reported: going on would replace every published report by an empty one.
    // Said before the files that refer to engines are read, so the reason is not lost among their
    // rows' "unknown engine" errors; the engines file's own problems say why it defines none.
    if catalog.engines.isEmpty {
      throw InputsMissing(
        path: path(CatalogFiles.engines), reason: .definesNoEngine, diagnostics: log.entries)
    }
    if let table = table(CatalogFiles.localities, CatalogFiles.localityColumns, optional: true) {
      readLocalities(table)
    }
    if let table = table(CatalogFiles.measures, CatalogFiles.measureColumns) { readMeasures(table) }
    if let table = table(
      CatalogFiles.indicators, CatalogFiles.indicatorColumns,
      optionalColumns: CatalogFiles.indicatorOptionalColumns)
    {
      readIndicators(table)
    }
    if catalog.indicators.isEmpty {
      throw InputsMissing(
        path: path(CatalogFiles.indicators), reason: .definesNoIndicator, diagnostics: log.entries)
    }
    if let table = table(CatalogFiles.targets, CatalogFiles.targetColumns, optional: true) {
      readTargets(table)
    }
    readQualityFiles()
    if let table = table(CatalogFiles.settings, CatalogFiles.settingColumns, optional: true) {
      readSettings(table)
    }
  }

  private func path(_ name: String) -> String {
    (directory as NSString).appendingPathComponent(name)
  }

  private mutating func table(
    _ name: String, _ columns: [String], optionalColumns: [String] = [], optional: Bool = false
  ) -> TableFile? {
    let path = self.path(name)
    if optional && !FileManager.default.fileExists(atPath: path) {
      if name != CatalogFiles.settings {
        log.warning(Messages.optionalFileMissing(path), at: SourceLocation(file: path))
      }
      return nil
    }
    let table = TableFile.read(
      path, required: columns, optional: optionalColumns, quarter: nil, log: &log)
    if let table { files.append(table.file) }
    return table
  }

  mutating func reject(_ message: LocalizedText, _ record: TableRecord, _ column: String?) {
    log.error(message, at: record.location(column), rejectedRow: record.raw)
  }

  /// Checks the id in `column`; logs and returns nil when it breaks the id rule.
  mutating func identifier(_ record: TableRecord, _ column: String) -> String? {
    let id = record.id(column, log: &log)
    if Identifier.isValid(id) { return id }
    reject(id.isEmpty ? Messages.missingField(column) : Messages.badIdentifier(id), record, column)
    return nil
  }

  mutating func names(_ record: TableRecord) -> LocalizedText {
    let hebrew = record["name_he"]
    let english = record["name_en"]
    if hebrew.isEmpty || english.isEmpty {
      log.warning(
        Messages.missingName, at: record.location(hebrew.isEmpty ? "name_he" : "name_en"))
    }
    return LocalizedText(
      he: hebrew.isEmpty ? english : hebrew, en: english.isEmpty ? hebrew : english)
  }

  /// The engine in `column` when it is in the catalog.
  mutating func knownEngine(_ record: TableRecord, _ column: String = "engine") -> String? {
    let id = record.id(column, log: &log)
    if catalog.engine(id) != nil { return id }
    reject(Messages.unknownEngine(id), record, column)
    return nil
  }
}
