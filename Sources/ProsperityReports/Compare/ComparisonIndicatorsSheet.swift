import ProsperityCompare
import ProsperityIndicators
import ProsperityModel
import XlsxWriter

/// Every indicator compared: both quarters' values and statuses, the change and its verdict, the
/// same for the year to date, and why a value is missing or a verdict is a catalog change.
package struct ComparisonIndicatorsSheet: ComparisonSheet {
  static let title = CompareText.indicatorsSheet
  let comparison: QuarterComparison
  let styles: WorkbookFormats

  func write(into sheet: Worksheet) throws -> SheetPrinting {
    let language = styles.language
    let (earlier, later) = (comparison.earlier, comparison.later)
    var cursor = SheetCursor(sheet, styles: styles)
    // The notes' column as wide as its longest note, up to a width past which notes wrap.
    let notes = comparison.indicators.map(note)
    let noteWidth = min(Double(notes.map(ColumnWidths.longestLine).max() ?? 0) + 2, Self.noteWidth)
    cursor.wrapWidths = [16: max(noteWidth, 10)]
    try cursor.heading(
      CompareText.indicatorsSheet(language), [CompareText.comparison(earlier, later)(language)])
    try cursor.tableHeader(
      [
        ReportText.engine, ReportText.indicator, ReportText.indicatorID, ReportText.unit,
        ReportText.direction, .verbatim(earlier.description), .verbatim(later.description),
        CompareText.change, CompareText.relativeChange, CompareText.verdictHeading,
        CompareText.status(earlier, CompareText.ownLine),
        CompareText.status(later, CompareText.ownLine),
        CompareText.yearToDate(earlier, CompareText.ownLine),
        CompareText.yearToDate(later, CompareText.ownLine), CompareText.yearToDateChange,
        CompareText.yearToDateVerdict,
        ReportText.reason,
      ], freezing: 0)
    // The indicators come engine by engine, in the order the reports list engines.
    let engines = Dictionary(
      comparison.engines.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for (indicator, note) in zip(comparison.indicators, notes) {
      guard let engine = engines[indicator.definition.engine] else { continue }
      try row(indicator, engine: engine, note: note, &cursor)
    }
    try cursor.filter()
    try cursor.fitColumns(maximum: 40, fixed: [16: max(noteWidth, 10)])
    return cursor.printing(repeating: .tableHeader)
  }

  /// The widest the notes' column gets, in characters: longer notes wrap within it.
  static let noteWidth = 40.0

  private func row(
    _ indicator: IndicatorComparison, engine: Engine, note: String, _ cursor: inout SheetCursor
  ) throws {
    let language = styles.language
    let definition = indicator.definition
    let unit = definition.unit
    try cursor.write([
      .text(engine.name(language), styles.text), .text(definition.name(language), styles.text),
      .text(definition.id, styles.text), .text(unit.label(language), styles.text),
      .text(ReportText.direction(definition.direction)(language), styles.text),
      cursor.observation(indicator.earlier.value, unit: unit),
      cursor.observation(indicator.later.value, unit: unit),
      cursor.optional(indicator.change?.absolute, styles.number(unit)),
      cursor.optional(indicator.change?.relative, styles.change),
      .text(indicator.verdict.label(language), styles.verdict(indicator.verdict)),
      cursor.status(indicator.earlier.status), cursor.status(indicator.later.status),
      cursor.observation(indicator.earlier.yearToDate, unit: unit),
      cursor.observation(indicator.later.yearToDate, unit: unit),
      cursor.optional(indicator.yearToDateChange?.absolute, styles.number(unit)),
      .text(
        indicator.yearToDateVerdict.label(language), styles.verdict(indicator.yearToDateVerdict)),
      .text(note, styles.wrapped),
    ])
  }

  /// The catalog change, then why each missing value is missing, quarter by quarter.
  private func note(_ indicator: IndicatorComparison) -> String {
    let language = styles.language
    var notes: [String] = []
    if let change = indicator.catalogChange { notes.append(change.details(language)) }
    for (quarter, side) in [
      (comparison.earlier, indicator.earlier), (comparison.later, indicator.later),
    ] {
      if let reason = side.value.reason {
        notes.append("\(Bidi.ltr(quarter.description, in: language)): \(reason(language))")
      } else if let reason = side.yearToDate.reason {
        notes.append(
          "\(Bidi.ltr(quarter.description, in: language)) \(ReportText.yearToDate(language)): "
            + reason(language))
      }
    }
    return notes.joined(separator: "; ")
  }
}
