import ProsperityCompare
import ProsperityModel
import XlsxWriter

/// The indicators added to, removed from or redefined in the catalog between the two quarters'
/// reports: shown apart, since their numbers are not a change in performance.
package struct ComparisonCatalogSheet {
  let comparison: QuarterComparison
  let styles: WorkbookFormats

  func write(into sheet: Worksheet) throws {
    let language = styles.language
    var cursor = SheetCursor(sheet, styles: styles)
    try cursor.title(CompareText.catalogChanges(language), format: styles.title)
    try cursor.title(
      CompareText.comparison(comparison.earlier, comparison.later)(language),
      format: styles.subtitle)
    cursor.skip()
    guard !comparison.catalogChanges.isEmpty else {
      try cursor.write([.text(CompareText.noCatalogChanges(language), styles.muted)])
      try layout(sheet)
      return
    }
    try cursor.title(CompareText.catalogNote(language), format: styles.subtitle)
    try cursor.header([
      ReportText.engine, ReportText.indicator, ReportText.indicatorID,
      CompareText.verdictHeading, CompareText.whatChanged,
    ])
    try sheet.freezePanes(row: cursor.row, column: 0)
    for change in comparison.catalogChanges {
      let definition = change.definition
      let engine = comparison.engines.first { $0.id == definition.engine }
      try cursor.write([
        .text(engine?.name(language) ?? definition.engine, styles.text),
        .text(definition.name(language), styles.text), .text(definition.id, styles.text),
        .text(change.verdict.label(language), styles.verdict(change.verdict)),
        .text(change.details(language), styles.wrapped),
      ])
    }
    try layout(sheet)
  }

  private func layout(_ sheet: Worksheet) throws {
    try sheet.setColumnWidth(first: 0, last: 0, width: 22)
    try sheet.setColumnWidth(first: 1, last: 1, width: 34)
    try sheet.setColumnWidth(first: 2, last: 3, width: 24)
    try sheet.setColumnWidth(first: 4, last: 4, width: 70)
    try PrintSetup(styles: styles).apply(
      to: sheet, title: CompareText.catalogSheet(styles.language), quarter: comparison.later)
  }
}
