import Foundation
import ProsperityModel

/// Reads `<engine>-notes.csv` (`indicator,comment`): the manager's explanations of the quarter's
/// figures. A row for an unknown indicator, or one of another engine, is rejected; an empty comment
/// is no comment, so a form listing every indicator can be handed back half filled.
package struct CommentFileReader {
  let catalog: Catalog
  let engine: String
  let quarter: Quarter

  /// The engine whose comments file `fileName` is, if it is one.
  static func engine(of fileName: String, catalog: Catalog) -> String? {
    let lower = fileName.lowercased()
    guard lower.hasSuffix(QualityFiles.notesSuffix) else { return nil }
    let engine = String(lower.dropLast(QualityFiles.notesSuffix.count))
    return catalog.engine(engine) == nil ? nil : engine
  }

  func read(_ table: TableFile, log: inout DiagnosticLog) -> [String: IndicatorComment] {
    var comments: [String: IndicatorComment] = [:]
    for record in table.records {
      let id = record.id("indicator", log: &log, quarter: quarter)
      guard let indicator = catalog.indicators.first(where: { $0.id == id }) else {
        reject(
          id.isEmpty ? Messages.missingField("indicator") : Messages.unknownIndicator(id),
          record, &log)
        continue
      }
      guard indicator.engine == engine else {
        reject(Messages.indicatorOfOtherEngine(id, indicator.engine), record, &log)
        continue
      }
      let text = record["comment"]
      guard !text.isEmpty else { continue }
      guard comments[id] == nil else {
        reject(Messages.duplicateComment(id), record, &log)
        continue
      }
      comments[id] = IndicatorComment(
        indicator: id, text: text, location: record.location("comment"))
    }
    return comments
  }

  private func reject(_ message: LocalizedText, _ record: TableRecord, _ log: inout DiagnosticLog) {
    log.error(
      message, at: record.location("indicator"), quarter: quarter, rejectedRow: record.raw)
  }

  /// Reads `path` into `engines[engine]`; hooked into the quarter loader for `-notes.csv` files.
  static func load(
    _ path: String, engine: String, quarter: Quarter, into engines: inout [String: EngineQuarter],
    dataset: inout Dataset, log: inout DiagnosticLog
  ) {
    guard
      let table = TableFile.read(
        path, required: QualityFiles.notesColumns, quarter: quarter, log: &log)
    else { return }
    dataset.files.append(table.file)
    let reader = CommentFileReader(catalog: dataset.catalog, engine: engine, quarter: quarter)
    engines[engine]?.notesFile = path
    engines[engine]?.comments = reader.read(table, log: &log)
  }
}
