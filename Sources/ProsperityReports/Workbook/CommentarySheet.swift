import ProsperityCompare
import ProsperityIndicators
import ProsperityModel
import XlsxWriter

/// Each engine's indicators with the manager's comment, beside attainment and progress from
/// baseline; a red indicator without a comment is flagged. The value is the one compared with
/// the target (mostly the year to date), so its basis stands beside it.
package struct CommentarySheet: CommitteeSheet {
  static let title = ReportText.commentarySheet
  let context: SheetContext

  /// The columns whose text wraps, by the widths it wraps at.
  static let wrapped: [Int: Double] = [1: 36, 3: 20, 10: 60]

  func write(into sheet: Worksheet) throws -> SheetPrinting {
    let language = styles.language
    var cursor = SheetCursor(sheet, styles: styles)
    cursor.wrapWidths = Self.wrapped
    try cursor.heading(
      ReportText.commentaryHeading(language),
      [ReportText.quarterlyReport(report.quarter)(language)])
    try cursor.tableHeader(
      [
        ReportText.engine, ReportText.indicator, ReportText.comparedValue,
        ReportText.basisOfAttainment, ReportText.expected, ReportText.attainment,
        ReportText.statusHeading, ReportText.baseline, ReportText.baselineYear,
        ReportText.progressFromBaseline, ReportText.enteredComment, ReportText.flag,
      ], freezing: 2)
    for result in report.results {
      let unit = result.indicator.unit
      let engine =
        report.catalog.engine(result.indicator.engine)?.name(language) ?? result.indicator.engine
      let progress = report.quality.progress[result.indicator.id]
      let comment = report.comment(on: result)
      let unexplained = result.status == .red && comment == nil
      try cursor.write([
        .text(engine, styles.text), .text(result.indicator.name(language), styles.wrapped),
        cursor.figure(result.actual, unit: unit),
        result.basis.map { .text($0.label(language), styles.wrapped) } ?? .text("—", styles.muted),
        cursor.optional(result.expected, styles.number(unit)),
        cursor.optional(result.attainment, styles.attainment),
        .text(
          ReportText.statusSymbol(result.status) + " " + result.status.label(language),
          styles.status(result.status)),
        cursor.optional(progress?.baseline.value, styles.number(unit)),
        progress?.baseline.year.map { .number(Double($0), styles.text) }
          ?? .text("—", styles.muted),
        cursor.optional(progress?.progress, styles.attainment),
        .text(comment?.text ?? "", styles.wrapped),
        unexplained
          ? .text("⚑ " + ReportText.redWithoutComment(language), styles.status(.red))
          : .text("", styles.text),
      ])
    }
    // Engine names whole; the indicator's name and the comment wrap.
    try cursor.fitColumns(maximum: 48, fixed: Self.wrapped)
    return cursor.printing()
  }
}
