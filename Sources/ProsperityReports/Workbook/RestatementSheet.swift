import ProsperityCompare
import ProsperityIndicators
import ProsperityModel
import XlsxWriter

/// A sheet of the published values that changed since they were published: old and new value of
/// each field, and the input file or catalog change behind it. Added only when there are some.
package struct RestatementSheet: CommitteeSheet {
  static let title = RestatementText.sheet
  let context: SheetContext

  /// A tab only when the quarter has restatements.
  static func tabs(_ report: QuarterReport, _ language: Language, _ limits: WorkbookLimits)
    -> [String]
  { report.restatements.isEmpty ? [] : [title(language)] }

  func write(into sheet: Worksheet) throws -> SheetPrinting {
    let language = styles.language
    var cursor = SheetCursor(sheet, styles: styles)
    try cursor.heading(
      RestatementText.heading(language), [RestatementText.explanation(report.quarter)(language)])
    try cursor.tableHeader(
      [
        ReportText.engine, ReportText.indicator, ReportText.indicatorID, RestatementText.field,
        RestatementText.published, RestatementText.now, RestatementText.cause,
      ], freezing: 0)
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
    // Every restatement has a changed field, so the filter always has rows.
    try cursor.filter()
    try cursor.setColumns([(0...0, 22), (1...2, 30), (3...5, 16), (6...6, 60)])
    return cursor.printing()
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
