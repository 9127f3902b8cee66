import ProsperityCompare
import ProsperityIndicators
import ProsperityModel
import XlsxWriter

/// The data-quality sheets that follow the diagnostics: completeness and timeliness, the checks
/// (rules and outliers), and the engines' comments beside progress from baseline.
package struct QualitySheets {
  let report: QuarterReport
  let styles: WorkbookFormats

  /// Adds the three sheets to `workbook`, in that order, and returns them.
  func add(to workbook: Workbook, names: inout SheetNames) throws -> [Worksheet] {
    let language = styles.language
    let completeness = try workbook.addWorksheet(
      named: names.unique(ReportText.completenessSheet(language)))
    try CompletenessSheet(report: report, styles: styles).write(into: completeness)
    let checks = try workbook.addWorksheet(named: names.unique(ReportText.checksSheet(language)))
    try ChecksSheet(report: report, styles: styles).write(into: checks)
    let commentary = try workbook.addWorksheet(
      named: names.unique(ReportText.commentarySheet(language)))
    try CommentarySheet(report: report, styles: styles).write(into: commentary)
    return [completeness, checks, commentary]
  }
}

/// Each engine's indicators with the manager's comment, beside attainment and progress from
/// baseline; a red indicator without a comment is flagged.
package struct CommentarySheet {
  let report: QuarterReport
  let styles: WorkbookFormats

  func write(into sheet: Worksheet) throws {
    let language = styles.language
    var cursor = SheetCursor(sheet, styles: styles)
    try cursor.title(ReportText.commentaryHeading(language), format: styles.title)
    try cursor.title(ReportText.quarterlyReport(report.quarter)(language), format: styles.subtitle)
    cursor.skip()
    try cursor.header([
      ReportText.engine, ReportText.indicator, ReportText.value, ReportText.expected,
      ReportText.attainment, ReportText.statusHeading, ReportText.baseline,
      ReportText.baselineYear, ReportText.progressFromBaseline, ReportText.comment, ReportText.flag,
    ])
    try sheet.freezePanes(row: cursor.row, column: 2)
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
    try sheet.setColumnWidth(first: 0, last: 0, width: 24)
    try sheet.setColumnWidth(first: 1, last: 1, width: 36)
    try sheet.setColumnWidth(first: 2, last: 8, width: 12)
    try sheet.setColumnWidth(first: 9, last: 9, width: 60)
    try sheet.setColumnWidth(first: 10, last: 10, width: 20)
    try PrintSetup(styles: styles).apply(
      to: sheet, title: ReportText.commentarySheet(language), quarter: report.quarter)
  }
}
