import XlsxWriter

/// One engine's sheet: its indicators against target and over time, then its activities.
struct EngineSheet {
  let report: QuarterReport
  let engine: Engine
  let styles: WorkbookStyles

  func write(into sheet: Worksheet) throws {
    let language = styles.language
    var cursor = SheetCursor(sheet, styles: styles)
    try cursor.title(engine.name(language), style: styles.title)
    try cursor.title(ReportText.quarterlyReport(report.quarter)(language), style: styles.subtitle)
    cursor.skip()
    try cursor.header([
      ReportText.indicator, ReportText.unit, ReportText.value, ReportText.yearToDate,
      ReportText.target, ReportText.targetPeriod, ReportText.expected, ReportText.attainment,
      ReportText.statusHeading, ReportText.previous, ReportText.changeFromPrevious,
      ReportText.yearAgo, ReportText.changeFromYearAgo, ReportText.reason,
    ])
    try sheet.freezePanes(row: cursor.row, column: 1)
    for result in report.results(of: engine.id) {
      try indicatorRow(result, &cursor)
    }
    cursor.skip()
    try cursor.title(ReportText.activities(language), style: styles.section)
    try ActivityRows(styles: styles).write(report.activities(of: engine.id), &cursor)
    try sheet.setColumnWidth(first: 0, last: 0, width: 40)
    try sheet.setColumnWidth(first: 1, last: 12, width: 12)
    try sheet.setColumnWidth(first: 3, last: 3, width: 20)
    try sheet.setColumnWidth(first: 13, last: 13, width: 36)
    try PrintSetup(styles: styles).apply(
      to: sheet, title: engine.name(language), quarter: report.quarter)
  }

  private func indicatorRow(_ result: IndicatorResult, _ cursor: inout SheetCursor) throws {
    let language = styles.language
    let unit = result.indicator.unit
    let cells = cursor
    let change = { (change: Change?) -> SheetCursor.Cell in
      cells.optional(change?.relative, styles.change)
    }
    try cursor.write([
      .text(result.indicator.name(language), styles.text),
      .text(unit.label(language), styles.text),
      cursor.figure(result.value, unit: unit), cursor.figure(result.yearToDate, unit: unit),
      cursor.optional(result.target, styles.number(unit)),
      .text(result.targetPeriod?.description ?? "—", styles.text),
      cursor.optional(result.expected, styles.number(unit)),
      cursor.optional(result.attainment, styles.attainment),
      .text(
        ReportText.statusSymbol(result.status) + " " + result.status.label(language),
        styles.status(result.status)),
      cursor.figure(result.previous, unit: unit), change(result.changeFromPrevious),
      cursor.figure(result.yearAgo, unit: unit), change(result.changeFromYearAgo),
      .text(explanation(result), styles.wrapped),
    ])
  }

  /// Why a figure is missing or partial, in the row's own words.
  private func explanation(_ result: IndicatorResult) -> String {
    let language = styles.language
    var notes: [String] = []
    if let reason = result.value.reason { notes.append(reason(language)) }
    if let reason = result.yearToDate.reason, reason != result.value.reason {
      notes.append(reason(language))
    }
    if result.isPartial {
      notes.append(
        ReportText.partialYearToDate(result.missingQuarters.map(\.description))(language))
    }
    return notes.joined(separator: "; ")
  }
}

/// The activity table, shared by the engine sheets.
struct ActivityRows {
  let styles: WorkbookStyles

  func write(_ activities: [Activity], _ cursor: inout SheetCursor) throws {
    let language = styles.language
    try cursor.header([
      ReportText.title, ReportText.activityID, ReportText.statusHeading, ReportText.lead,
      ReportText.category, ReportText.start, ReportText.end, ReportText.budgetPlanned,
      ReportText.budgetSpent, ReportText.participants, ReportText.notes,
    ])
    let first = cursor.row
    for activity in activities {
      let text = activity.isRejected ? styles.rejected : styles.text
      let cells = cursor
      let amount = { (value: Double?, unit: MeasureUnit) -> SheetCursor.Cell in
        cells.optional(value, styles.number(unit))
      }
      try cursor.write([
        .text(activity.title, styles.wrapped), .text(activity.id, text),
        .text(activity.status?.label(language) ?? ReportText.rejectedMark(language), text),
        .text(activity.lead, styles.wrapped), .text(activity.category, styles.wrapped),
        .text(activity.start?.description ?? "", text),
        .text(activity.end?.description ?? "", text),
        amount(activity.budgetPlanned, .ils), amount(activity.budgetSpent, .ils),
        amount(activity.participants, .count), .text(activity.notes, styles.wrapped),
      ])
    }
    if cursor.row > first {
      try cursor.sheet.autofilter(
        firstRow: first - 1, firstColumn: 0, lastRow: cursor.row - 1, lastColumn: 10)
    }
  }
}
