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

  /// Excel's own limits.
  package static let standard = WorkbookLimits()

  /// The items that fit on a sheet from `firstRow` on, of `count` wanted.
  func fitting(_ count: Int, from firstRow: Int) -> Int {
    max(0, min(count, rowsPerSheet - firstRow))
  }
}

/// What the whole workbook needs before any sheet is written: the tabs' names (formulas on one
/// sheet point at another) and whether the data is large enough to stream.
package struct WorkbookPlan {
  let limits: WorkbookLimits
  /// The tabs of each sheet of ``CommitteeSheets/all``, by its place there: legal, unique names.
  let tabs: [[String]]
  /// The sheets added as the workbook starts: those up to the last early one, since libxlsxwriter
  /// adds tabs only after the others.
  let startedSheets: Int
  /// The activities each part of the activities sheet holds, counted over every engine's
  /// activities in catalog order.
  let activityRows: [Range<Int>]
  let constantMemory: Bool

  /// Rows above the first data row of the history and activities sheets: title, note, blank,
  /// header.
  static let tableTop = 4

  init(_ report: QuarterReport, language: Language, limits: WorkbookLimits) {
    self.limits = limits
    var names = SheetNames()
    let sheets = CommitteeSheets.all
    tabs = sheets.map { kind in
      kind.tabs(report, language, limits).map { names.unique($0) }
    }
    startedSheets = (sheets.lastIndex { $0.stage == .early } ?? -1) + 1
    let activityCount = Self.activityCount(report)
    activityRows = ActivitiesSheet.parts(of: activityCount, limits: limits)
    let historyRows = report.history.quarters.count * report.catalog.indicators.count
    let largest = max(activityCount, historyRows, report.diagnostics.count)
    constantMemory = largest + Self.tableTop >= limits.constantMemoryRows
  }

  /// The tabs of `kind`, one of ``CommitteeSheets/all``.
  func tabs(of kind: any CommitteeTabs.Type) -> [String] {
    let index = CommitteeSheets.all.firstIndex { ObjectIdentifier($0) == ObjectIdentifier(kind) }
    return index.map { tabs[$0] } ?? []
  }

  /// Every engine's activities, in catalog order.
  static func activityCount(_ report: QuarterReport) -> Int {
    report.catalog.engines.reduce(0) { $0 + report.activities(of: $1.id).count }
  }
}
