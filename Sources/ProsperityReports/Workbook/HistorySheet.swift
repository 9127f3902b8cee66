import ProsperityCompare
import ProsperityIndicators
import ProsperityModel
import XlsxWriter

/// Every indicator in every quarter up to the report's, one row each, in one long Excel table
/// ready to filter or to pivot.
package struct HistorySheet {
  let report: QuarterReport
  let styles: WorkbookFormats
  let plan: WorkbookPlan

  static let headers: [LocalizedText] = [
    ReportText.quarterHeading, ReportText.engine, ReportText.indicator, ReportText.indicatorID,
    ReportText.unit, ReportText.value, ReportText.yearToDate, ReportText.expected,
    ReportText.target, ReportText.targetPeriod, ReportText.attainment, ReportText.statusHeading,
    ReportText.reason,
  ]

  func write(into sheet: Worksheet) throws {
    let language = styles.language
    let history = report.history
    let rows: [IndicatorResult] = report.catalog.indicators.flatMap { indicator in
      history.quarters.compactMap { history.result(indicator.id, in: $0) }
    }
    var cursor = SheetCursor(sheet, styles: styles)
    try cursor.title(ReportText.historyTitle(language), format: styles.title)
    let shown = plan.limits.fitting(rows.count, from: WorkbookPlan.tableTop)
    if shown < rows.count {
      try cursor.title(
        ReportText.rowsCapped(shown: shown, total: rows.count)(language), format: styles.note)
    } else if let first = history.quarters.first, let last = history.quarters.last {
      try cursor.title(
        ReportText.historyNote(first: first, last: last, rows: rows.count)(language),
        format: styles.note)
    } else {
      cursor.skip()
    }
    cursor.skip()
    let table = TableLayout(sheet: sheet, styles: styles, plan: plan)
    try table.begin(
      &cursor, headers: Self.headers.map { $0(language) }, rows: shown, name: "History")
    let statuses = StatusCells(styles: styles, thresholds: report.catalog.thresholds)
    for result in rows.prefix(shown) {
      let indicator = result.indicator
      let unit = indicator.unit
      let number = { (value: Double?) -> SheetCursor.Cell in
        value.map { .number($0, styles.number(unit)) } ?? .none
      }
      let engine = report.catalog.engine(indicator.engine)?.name(language) ?? indicator.engine
      try cursor.write([
        .text(result.quarter.description, styles.code), .text(engine, styles.text),
        .text(indicator.name(language), styles.text), .text(indicator.id, styles.path),
        .text(unit.label(language), styles.text), number(result.value.value),
        number(result.yearToDate.value), number(result.expected), number(result.target),
        .text(result.targetPeriod?.description ?? "", styles.code),
        result.attainment.map { .number($0, styles.attainment) } ?? .none,
        .text(statuses.text(result.status), styles.status(result.status)),
        .text(reason(result), styles.text),
      ])
    }
    try cursor.widths.apply(to: sheet, maximum: 44)
    try PrintSetup(styles: styles).apply(
      to: sheet, title: ReportText.historySheet(language), quarter: report.quarter,
      repeating: table.headerRow...table.headerRow)
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

/// A filterable table: an Excel table, or in constant-memory mode (where libxlsxwriter has no
/// tables) a header row with an autofilter.
package struct TableLayout {
  let sheet: Worksheet
  let styles: WorkbookFormats
  let plan: WorkbookPlan
  var headerRow: Int { WorkbookPlan.tableTop - 1 }

  /// Writes or declares the header row at ``headerRow`` for `rows` data rows and freezes it.
  func begin(_ cursor: inout SheetCursor, headers: [String], rows: Int, name: String) throws {
    if cursor.row < headerRow { cursor.skip(headerRow - cursor.row) }
    try sheet.freezePanes(row: headerRow + 1, column: 0)
    let last = headerRow + max(rows, 1)
    if plan.constantMemory || rows == 0 {
      try cursor.header(headers)
      try sheet.autofilter(
        firstRow: headerRow, firstColumn: 0, lastRow: last, lastColumn: headers.count - 1)
    } else {
      try sheet.addTable(
        firstRow: headerRow, firstColumn: 0, lastRow: last, lastColumn: headers.count - 1,
        name: name, columns: headers, style: .light(9))
      // The same header text in the workbook's own style: LibreOffice draws no table styles.
      try cursor.header(headers)
    }
  }
}
