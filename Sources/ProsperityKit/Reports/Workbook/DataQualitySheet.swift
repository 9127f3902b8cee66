import XlsxWriter

/// Every diagnostic of the quarter, with each rejected row as it stood in its file.
struct DataQualitySheet {
  let report: QuarterReport
  let styles: WorkbookStyles

  func write(into sheet: Worksheet) throws {
    let language = styles.language
    var cursor = SheetCursor(sheet, styles: styles)
    try cursor.title(ReportText.dataQualitySheet(language), style: styles.title)
    try cursor.title(
      ReportText.problemCounts(errors: report.errorCount, warnings: report.warningCount)(language),
      style: styles.subtitle)
    cursor.skip()
    try cursor.header([
      ReportText.severity, ReportText.location, ReportText.message, ReportText.rejectedRow,
    ])
    try sheet.freezePanes(row: cursor.row, column: 0)
    let first = cursor.row
    let ordered =
      report.diagnostics.filter { $0.severity == .error }
      + report.diagnostics.filter { $0.severity == .warning }
    for diagnostic in ordered {
      let isError = diagnostic.severity == .error
      try cursor.write([
        .text(
          (isError ? ReportText.error : ReportText.warning)(language),
          isError ? styles.status(.red) : styles.status(.amber)),
        .text(diagnostic.location?.description ?? "", styles.text),
        .text(diagnostic.message(language), styles.wrapped),
        .text(
          diagnostic.rejectedRow ?? "",
          diagnostic.rejectedRow == nil ? styles.text : styles.rejected),
      ])
    }
    if cursor.row > first {
      try sheet.autofilter(
        firstRow: first - 1, firstColumn: 0, lastRow: cursor.row - 1, lastColumn: 3)
    } else {
      try cursor.write([.text(ReportText.noDataProblems(language), styles.muted)])
    }
    try sheet.setColumnWidth(first: 0, last: 0, width: 10)
    try sheet.setColumnWidth(first: 1, last: 1, width: 45)
    try sheet.setColumnWidth(first: 2, last: 2, width: 70)
    try sheet.setColumnWidth(first: 3, last: 3, width: 70)
    try PrintSetup(styles: styles).apply(
      to: sheet, title: ReportText.dataQualitySheet(language), quarter: report.quarter)
  }
}
