import ProsperityCompare
import ProsperityIndicators
import ProsperityModel
import XlsxWriter

/// Every indicator in every quarter up to the report's, one row each, in one long Excel table
/// ready to filter or to pivot.
package struct HistorySheet: CommitteeSheet {
  static let title = ReportText.historySheet
  let context: SheetContext

  static let headers: [LocalizedText] = [
    ReportText.quarterHeading, ReportText.engine, ReportText.indicator, ReportText.indicatorID,
    ReportText.unit, ReportText.value, ReportText.yearToDate, ReportText.expected,
    ReportText.target, ReportText.targetPeriod, ReportText.attainment, ReportText.statusHeading,
    ReportText.reason,
  ]

  func write(into sheet: Worksheet) throws -> SheetPrinting {
    let language = styles.language
    let history = report.history
    let rows: [IndicatorResult] = report.catalog.indicators.flatMap { indicator in
      history.quarters.compactMap { history.result(indicator.id, in: $0) }
    }
    var cursor = SheetCursor(sheet, styles: styles)
    let shown = context.plan.limits.fitting(rows.count, from: WorkbookPlan.tableTop)
    var note: [String] = []
    if shown < rows.count {
      note = [ReportText.rowsCapped(shown: shown, total: rows.count)(language)]
    } else if let first = history.quarters.first, let last = history.quarters.last {
      note = [ReportText.historyNote(first: first, last: last, rows: rows.count)(language)]
    }
    try cursor.heading(ReportText.historyTitle(language), note, lineFormat: styles.note)
    try cursor.filterableTable(
      Self.headers.map { $0(language) }, rows: shown, name: "History",
      streamed: context.plan.constantMemory)
    let statuses = StatusCells(styles: styles, thresholds: report.catalog.thresholds)
    for result in rows.prefix(shown) {
      let indicator = result.indicator
      let unit = indicator.unit
      let number = { (value: Double?) -> SheetCursor.Cell in
        value.map { .number($0, styles.number(unit)) } ?? .none
      }
      let engine = report.catalog.engine(indicator.engine)?.name(language) ?? indicator.engine
      try cursor.write([
        .text(result.quarter.description, styles.code), .text(engine, styles.text),
        .text(indicator.name(language), styles.text), .text(indicator.id, styles.path),
        .text(unit.label(language), styles.text), number(result.value.value),
        number(result.yearToDate.value), number(result.expected), number(result.target),
        .text(result.targetPeriod?.description ?? "", styles.code),
        result.attainment.map { .number($0, styles.attainment) } ?? .none,
        .text(statuses.text(result.status), styles.status(result.status)),
        .text(reason(result), styles.text),
      ])
    }
    try cursor.fitColumns(maximum: 44)
    return cursor.printing(repeating: .tableHeader)
  }

  private func reason(_ result: IndicatorResult) -> String {
    let language = styles.language
    var reasons = [result.value.reason, result.yearToDate.reason].compactMap { $0?(language) }
    if result.isPartial {
      reasons.append(
        ReportText.partialYearToDate(result.missingQuarters.map(\.description))(language))
    }
    var seen: [String] = []
    for each in reasons where !seen.contains(each) { seen.append(each) }
    return seen.joined(separator: "; ")
  }
}
