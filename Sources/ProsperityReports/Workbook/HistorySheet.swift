import ProsperityCompare
import ProsperityIndicators
import ProsperityModel
import XlsxWriter

/// Every indicator in every quarter up to the report's, one row each, the latest quarter first,
/// in one long Excel table ready to filter or to pivot; on paper the last eight quarters, without
/// the ids and reasons, large enough to read.
package struct HistorySheet: CommitteeSheet {
  static let title = ReportText.historySheet
  let context: SheetContext

  /// The columns a committee reads on paper come first; the id and the reason after them, on
  /// screen only.
  static let headers: [LocalizedText] = [
    ReportText.quarterHeading, ReportText.engine, ReportText.indicator, ReportText.unit,
    ReportText.value, ReportText.yearToDate, ReportText.expected, ReportText.target,
    ReportText.targetPeriod, ReportText.attainment, ReportText.statusHeading,
    ReportText.indicatorID, ReportText.reason,
  ]
  static let printedColumns = 0...10
  /// The quarters printed: the rest of the history is on screen.
  static let printedQuarters = 8

  func write(into sheet: Worksheet) throws -> SheetPrinting {
    let language = styles.language
    let history = report.history
    // The latest quarter first: on paper, and where a long history is cut, the recent ones.
    let quarters = Array(history.quarters.reversed())
    let rows: [IndicatorResult] = quarters.flatMap { quarter in
      report.catalog.indicators.compactMap { history.result($0.id, in: quarter) }
    }
    var cursor = SheetCursor(sheet, styles: styles)
    let shown = context.plan.limits.fitting(rows.count, from: WorkbookPlan.tableTop)
    var note: [String] = []
    if shown < rows.count {
      note = [ReportText.rowsCapped(shown: shown, total: rows.count)(language)]
    } else if let first = history.quarters.first, let last = history.quarters.last {
      note = [ReportText.historyNote(first: first, last: last, rows: rows.count)(language)]
    }
    try cursor.heading(ReportText.historyTitle(language), note, lineFormat: styles.note)
    try cursor.filterableTable(
      Self.headers.map { $0(language) }, rows: shown, name: "History",
      streamed: context.plan.constantMemory)
    let header = cursor.row - 1
    let statuses = StatusCells(styles: styles, thresholds: report.catalog.thresholds)
    let printedQuarters = Set(quarters.prefix(Self.printedQuarters))
    var lastPrinted = header
    for result in rows.prefix(shown) {
      let indicator = result.indicator
      let unit = indicator.unit
      let number = { (value: Double?) -> SheetCursor.Cell in
        value.map { .number($0, styles.number(unit)) } ?? .none
      }
      let engine = report.catalog.engine(indicator.engine)?.name(language) ?? indicator.engine
      if printedQuarters.contains(result.quarter) { lastPrinted = cursor.row }
      try cursor.write([
        .text(result.quarter.description, styles.code), .text(engine, styles.text),
        .text(indicator.name(language), styles.text), .text(unit.label(language), styles.text),
        number(result.value.value), number(result.yearToDate.value), number(result.expected),
        number(result.target), .text(result.targetPeriod?.description ?? "", styles.code),
        result.attainment.map { .number($0, styles.attainment) } ?? .none,
        .text(statuses.text(result.status), styles.status(result.status)),
        .text(indicator.id, styles.path), .text(reason(result), styles.text),
      ])
    }
    try cursor.fitColumns(maximum: 44)
    var printing = cursor.printing(repeating: .tableHeader)
    printing.printArea = (0...lastPrinted, Self.printedColumns)
    return printing
  }

  private func reason(_ result: IndicatorResult) -> String {
    let language = styles.language
    var reasons = [result.value.reason, result.yearToDate.reason].compactMap { $0?(language) }
    if result.isPartial {
      reasons.append(
        ReportText.partialYearToDate(result.missingQuarters.map(\.description))(language))
    }
    var seen: [String] = []
    for each in reasons where !seen.contains(each) { seen.append(each) }
    return seen.joined(separator: "; ")
  }
}
