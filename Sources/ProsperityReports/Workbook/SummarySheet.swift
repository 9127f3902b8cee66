import ProsperityCompare
import ProsperityIndicators
import ProsperityModel
import XlsxWriter

/// The first sheet, an exception report a chair can run the meeting from: the key messages, the
/// data's cut-off and legend, every red and amber indicator with its engine's comment, each
/// engine's headline indicators, the status counts with a chart, and activities and budget.
package struct SummarySheet: CommitteeSheet {
  static let title = ReportText.summarySheet
  let context: SheetContext

  func write(into sheet: Worksheet) throws -> SheetPrinting {
    let language = styles.language
    var cursor = SheetCursor(sheet, styles: styles)
    cursor.wrapWidths = ExceptionsTable.wrapWidths
    try cursor.heading(
      ReportText.cluster(language), [ReportText.workbookSubtitle(report.quarter)(language)])
    // Page 1 holds several tables: only its title stays in view.
    try cursor.freezeHeading()
    try keyMessages(&cursor)
    cursor.skip()
    try detailsBlock(&cursor)
    cursor.skip()
    try ExceptionsTable(report: report, styles: styles).write(&cursor)
    cursor.skip()
    try cursor.title(ReportText.headline(language), format: styles.section)
    try headlineTable(&cursor)
    // The chart starts beside the status table's title: a new page keeps it whole. The page
    // starts a row above it, or LibreOffice draws the chart's top edge at the foot of page 1.
    cursor.startPage()
    cursor.skip()
    let tables = EngineTables(report: report, styles: styles, engineSheets: context.engineStatuses)
    let placement = try tables.statusTable(&cursor)
    cursor.skip()
    try tables.activityTable(&cursor)
    let widths = try cursor.fitColumns(maximum: 44, fixed: ExceptionsTable.wrapWidths)
    cursor.frame.drawingsWidth = try tables.insertChart(placement, into: sheet, widths: widths)
    try sheet.hideGridlines()
    return cursor.printing(repeating: .heading)
  }

  /// The sentences the chair opens with, each on its own line running across the page.
  private func keyMessages(_ cursor: inout SheetCursor) throws {
    let language = styles.language
    try cursor.title(ReportText.keyMessages(language), format: styles.section)
    for message in KeyMessages.of(report) {
      try cursor.title("• " + message(language), format: styles.plain)
    }
  }

  /// The data's cut-off, its problems and the legend; how the file was made (its inputs'
  /// fingerprint, no clock time) is on the definitions sheet.
  private func detailsBlock(_ cursor: inout SheetCursor) throws {
    let language = styles.language
    let lines: [(LocalizedText, String)] = [
      (ReportText.dataAsOf, ReportText.dataAsOfValue(report.quarter.lastDay.description)(language)),
      (
        ReportText.dataProblems,
        ReportText.problemCounts(errors: report.errorCount, warnings: report.warningCount)(
          language)
      ),
      (ReportText.legend, ReportText.legendValue(report.catalog.thresholds)(language)),
    ]
    for (label, value) in lines { try cursor.detail(label(language), value) }
  }

  /// Each engine's headline indicators under a band naming the engine.
  private func headlineTable(_ cursor: inout SheetCursor) throws {
    let language = styles.language
    let headers: [LocalizedText] = [
      ReportText.indicator, ReportText.value, ReportText.yearToDate, ReportText.expected,
      ReportText.target, ReportText.attainment, ReportText.statusHeading,
      ReportText.versusPrevious, ReportText.versusYearAgo,
    ]
    try cursor.header(headers)
    let statuses = StatusCells(styles: styles, thresholds: report.catalog.thresholds)
    let changes = ChangeCells(styles: styles)
    var statusRows: [Int] = []
    for engine in report.catalog.engines {
      let results = report.results(of: engine.id).filter(\.indicator.isHeadline)
      guard !results.isEmpty else { continue }
      try cursor.sheet.write(engine.name(language), row: cursor.row, column: 0, format: styles.band)
      for column in 1..<headers.count {
        try cursor.sheet.writeBlank(row: cursor.row, column: column, format: styles.band)
      }
      cursor.skip()
      for result in results {
        let row = cursor.row
        let unit = result.indicator.unit
        let actual = SheetCursor.a1(row, result.comparison == .quarterValue ? 1 : 2)
        let attainment = SheetCursor.a1(row, 5)
        try cursor.write([
          .text(result.indicator.name(language), styles.wrapped),
          cursor.figure(result.value, unit: unit), cursor.figure(result.yearToDate, unit: unit),
          cursor.optional(result.expected, styles.number(unit)),
          cursor.optional(result.target, styles.number(unit)),
          AttainmentFormula(result: result, styles: styles)
            .cell(actual: actual, expected: SheetCursor.a1(row, 3)),
          statuses.cell(result, attainment: result.attainment == nil ? nil : attainment),
          changes.cell(result.changeFromPrevious, unit: unit),
          changes.cell(result.changeFromYearAgo, unit: unit),
        ])
        statusRows.append(row)
      }
    }
    if let first = statusRows.first, let last = statusRows.last {
      try statuses.colour(cursor.sheet, rows: first...last, column: 6)
    }
  }
}

extension Quarter {
  /// The quarter's last day: the data's cut-off.
  var lastDay: CalendarDate {
    let month = number * 3
    let day = month == 6 || month == 9 ? 30 : 31
    return CalendarDate(year: year, month: month, day: day)!
  }
}
