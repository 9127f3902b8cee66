import ProsperityCompare
import ProsperityIndicators
import ProsperityModel
import XlsxWriter

/// How big a workbook may grow before it splits, caps or streams its sheets.
package struct WorkbookLimits: Sendable {
  /// Excel's rows per sheet; a sheet that would need more is split or capped, never invalid.
  var rowsPerSheet = CellReference.rowCount
  /// The activities an engine's sheet lists before it refers to the activities sheet for the rest.
  package var activitiesPerEngineSheet = 500
  /// From this many rows on one sheet the workbook is written in libxlsxwriter's constant-memory
  /// mode: each row goes to disk as soon as the next one starts, so memory stays flat.
  var constantMemoryRows = 50_000

  package static let standard = WorkbookLimits()

  /// The items that fit on a sheet from `firstRow` on, of `count` wanted.
  func fitting(_ count: Int, from firstRow: Int) -> Int {
    max(0, min(count, rowsPerSheet - firstRow))
  }
}

/// What the whole workbook needs before any sheet is written: the sheet names (formulas on one
/// sheet point at another) and whether the data is large enough to stream.
package struct WorkbookPlan {
  let limits: WorkbookLimits
  let summary: String
  /// Engine sheet names, by engine id.
  let engines: [String: String]
  let localities: String
  let history: String
  /// The activities sheet and its continuations, each with the rows it holds (counted over every
  /// engine's activities in catalog order).
  let activityParts: [(name: String, rows: Range<Int>)]
  let quality: String
  let definitions: String
  let constantMemory: Bool
  /// Every name given out so far, so sheets added later (checks, restatements) stay unique.
  let names: SheetNames

  /// Rows above the first data row of the history and activities sheets: title, note, blank,
  /// header.
  static let tableTop = 4

  init(_ report: QuarterReport, language: Language, limits: WorkbookLimits) {
    self.limits = limits
    var names = SheetNames()
    summary = names.unique(ReportText.summarySheet(language))
    var engines: [String: String] = [:]
    for engine in report.catalog.engines {
      engines[engine.id] = names.unique(engine.name(language))
    }
    self.engines = engines
    localities = names.unique(ReportText.byLocalitySheet(language))
    history = names.unique(ReportText.historySheet(language))
    let activityCount = report.catalog.engines.reduce(0) {
      $0 + report.activities(of: $1.id).count
    }
    let perPart = max(1, limits.rowsPerSheet - Self.tableTop)
    var parts: [(String, Range<Int>)] = []
    var start = 0
    repeat {
      let rows = start..<min(activityCount, start + perPart)
      parts.append((names.unique(ReportText.activitiesSheet(language)), rows))
      start += perPart
    } while start < activityCount
    activityParts = parts
    quality = names.unique(ReportText.dataQualitySheet(language))
    definitions = names.unique(ReportText.definitionsSheet(language))
    self.names = names
    let historyRows = report.history.quarters.count * report.catalog.indicators.count
    let largest = max(activityCount, historyRows, report.diagnostics.count)
    constantMemory = largest + Self.tableTop >= limits.constantMemoryRows
  }
}
