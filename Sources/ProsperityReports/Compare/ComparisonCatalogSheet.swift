import ProsperityCompare
import ProsperityModel
import XlsxWriter

/// The indicators added to, removed from or redefined in the catalog between the two quarters'
/// reports: shown apart, since their numbers are not a change in performance.
package struct ComparisonCatalogSheet: ComparisonSheet {
  static let title = CompareText.catalogSheet
  let comparison: QuarterComparison
  let styles: WorkbookFormats

  func write(into sheet: Worksheet) throws -> SheetPrinting {
    let language = styles.language
    var cursor = SheetCursor(sheet, styles: styles)
    try cursor.heading(
      CompareText.catalogChanges(language),
      [CompareText.comparison(comparison.earlier, comparison.later)(language)])
    guard !comparison.catalogChanges.isEmpty else {
      try cursor.write([.text(CompareText.noCatalogChanges(language), styles.muted)])
      // The sentence in its bordered cell, whole.
      try cursor.fitColumns(maximum: 80)
      return cursor.printing()
    }
    cursor.wrapWidths = [4: Self.detailsWidth]
    try cursor.title(CompareText.catalogNote(language), format: styles.subtitle)
    try cursor.tableHeader(
      [
        ReportText.engine, ReportText.indicator, ReportText.indicatorID,
        CompareText.verdictHeading, CompareText.whatChanged,
      ], freezing: 0)
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
    try cursor.fitColumns(maximum: 40, fixed: [4: Self.detailsWidth])
    return cursor.printing(repeating: .tableHeader)
  }

  /// The width of the column saying what changed, in characters.
  static let detailsWidth = 60.0
}
