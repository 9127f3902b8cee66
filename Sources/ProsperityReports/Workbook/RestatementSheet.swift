import ProsperityCompare
import ProsperityIndicators
import ProsperityModel
import XlsxWriter

/// A sheet of the published values that changed since they were published: old and new value of
/// each field, and the input file or catalog change behind it. Added only when there are some.
package struct RestatementSheet {
  let report: QuarterReport
  let styles: WorkbookFormats

  /// Adds the sheet, right to left in Hebrew, when the quarter has restatements; returns the
  /// sheets added.
  @discardableResult
  func add(to workbook: Workbook, names: inout SheetNames) throws -> [Worksheet] {
    guard !report.restatements.isEmpty else { return [] }
    let sheet = try workbook.addWorksheet(
      named: names.unique(RestatementText.sheet(styles.language)))
    try write(into: sheet)
    if styles.language.isRightToLeft { try sheet.setRightToLeft() }
    return [sheet]
  }

  func write(into sheet: Worksheet) throws {
    let language = styles.language
    var cursor = SheetCursor(sheet, styles: styles)
    try cursor.title(RestatementText.heading(language), format: styles.title)
    try cursor.title(RestatementText.explanation(report.quarter)(language), format: styles.subtitle)
    cursor.skip()
    try cursor.header([
      ReportText.engine, ReportText.indicator, ReportText.indicatorID, RestatementText.field,
      RestatementText.published, RestatementText.now, RestatementText.cause,
    ])
    let first = cursor.row
    try sheet.freezePanes(row: first, column: 0)
    for restatement in report.restatements {
      let engine =
        report.catalog.engine(restatement.engine)?.name(language) ?? restatement.engine
      for change in restatement.changes {
        try cursor.write([
          .text(engine, styles.text), .text(restatement.name(language), styles.text),
          .text(restatement.indicator, styles.text),
          .text(change.field.label(language), styles.text),
          cell(change.published, change.field, restatement, cursor),
          cell(change.now, change.field, restatement, cursor),
          .text(restatement.causesText(language), styles.wrapped),
        ])
      }
    }
    try sheet.autofilter(
      firstRow: first - 1, firstColumn: 0, lastRow: max(first, cursor.row - 1), lastColumn: 6)
    try sheet.setColumnWidth(first: 0, last: 0, width: 22)
    try sheet.setColumnWidth(first: 1, last: 2, width: 30)
    try sheet.setColumnWidth(first: 3, last: 5, width: 16)
    try sheet.setColumnWidth(first: 6, last: 6, width: 60)
    try PrintSetup(styles: styles).apply(
      to: sheet, title: RestatementText.sheet(language), quarter: report.quarter)
  }

  /// A number in the indicator's format (attainment as a percentage), a status in its colour.
  private func cell(
    _ value: RestatedValue, _ field: RestatedField, _ restatement: Restatement,
    _ cursor: SheetCursor
  ) -> SheetCursor.Cell {
    switch value {
    case .none: return .text("—", styles.muted)
    case .status(let status):
      return .text(value.text(field, unit: nil, styles.language), styles.status(status))
    case .number(let number):
      let style =
        field == .attainment ? styles.attainment : styles.number(restatement.unit ?? .ratio)
      return .number(number, style)
    }
  }
}
