import ProsperityCompare
import ProsperityIndicators
import ProsperityModel
import XlsxWriter

/// Page 1's exception report: every red indicator, then every amber one, each with its engine,
/// the value compared with its target and on what basis, attainment, the change from a year ago
/// and the engine's comment, or that none was given, which the committee will ask about.
struct ExceptionsTable {
  let report: QuarterReport
  let styles: WorkbookFormats

  /// The columns whose text wraps, and their widths: the engine, the basis and the comment.
  static let wrapWidths: [Int: Double] = [1: 30, 4: 26, 8: 40]

  /// Red first, then amber, each in the catalog's order.
  var exceptions: [IndicatorResult] {
    [Status.red, .amber].flatMap { status in report.results.filter { $0.status == status } }
  }

  func write(_ cursor: inout SheetCursor) throws {
    let language = styles.language
    try cursor.title(ReportText.exceptionsHeading(language), format: styles.section)
    let exceptions = self.exceptions
    guard !exceptions.isEmpty else {
      try cursor.write([.text(ReportText.noExceptions(language), styles.muted)])
      return
    }
    try cursor.header([
      ReportText.indicator, ReportText.engine, ReportText.statusHeading, ReportText.comparedValue,
      ReportText.basis, ReportText.target, ReportText.attainment, ReportText.versusYearAgo,
      ReportText.comment,
    ])
    let statuses = StatusCells(styles: styles, thresholds: report.catalog.thresholds)
    for result in exceptions {
      let unit = result.indicator.unit
      let engine = report.catalog.engine(result.indicator.engine)?.name(language)
      try cursor.write([
        .text(result.indicator.name(language), styles.wrapped),
        .text(engine ?? result.indicator.engine, styles.wrapped),
        .text(statuses.text(result.status), styles.status(result.status)),
        cursor.figure(result.actual, unit: unit),
        .text(result.basis.map { $0.label(language) } ?? "—", styles.wrapped),
        cursor.optional(result.target, styles.number(unit)),
        cursor.optional(result.attainment, styles.attainment),
        ChangeCells(styles: styles).cell(result.changeFromYearAgo, unit: unit),
        comment(on: result),
      ])
    }
  }

  /// The engine's comment, or that none was given: flagged on a red indicator.
  private func comment(on result: IndicatorResult) -> SheetCursor.Cell {
    let language = styles.language
    if let comment = report.comment(on: result) { return .text(comment.text, styles.wrapped) }
    guard result.status == .red else {
      return .text(ReportText.noExplanation(language), styles.muted)
    }
    return .text("⚑ " + ReportText.noExplanation(language), styles.status(.red))
  }
}
