import XlsxWriter

/// The first sheet: each engine's headline indicators, status counts, activities and budget.
struct SummarySheet {
  let report: QuarterReport
  let styles: WorkbookStyles

  func write(into sheet: Worksheet) throws {
    let language = styles.language
    var cursor = SheetCursor(sheet, styles: styles)
    try cursor.title(ReportText.cluster(language), style: styles.title)
    try cursor.title(ReportText.quarterlyReport(report.quarter)(language), style: styles.subtitle)
    cursor.skip()
    try cursor.title(ReportText.headline(language), style: styles.section)
    let headerRow = cursor.row
    try cursor.header([
      ReportText.engine, ReportText.indicator, ReportText.value, ReportText.yearToDate,
      ReportText.target, ReportText.attainment, ReportText.statusHeading,
    ])
    for engine in report.catalog.engines {
      for result in report.results(of: engine.id) where result.indicator.isHeadline {
        let unit = result.indicator.unit
        try cursor.write([
          .text(engine.name(language), styles.text),
          .text(result.indicator.name(language), styles.text),
          cursor.figure(result.value, unit: unit), cursor.figure(result.yearToDate, unit: unit),
          cursor.optional(result.target, styles.number(unit)),
          cursor.optional(result.attainment, styles.attainment),
          .text(statusText(result.status), styles.status(result.status)),
        ])
      }
    }
    try sheet.freezePanes(row: headerRow + 1, column: 0)
    cursor.skip()
    try cursor.title(ReportText.activities(language), style: styles.section)
    try engineTable(&cursor)
    try sheet.setColumnWidth(first: 0, last: 0, width: 30)
    try sheet.setColumnWidth(first: 1, last: 1, width: 34)
    try sheet.setColumnWidth(first: 2, last: 15, width: 11)
    try PrintSetup(styles: styles).apply(
      to: sheet, title: ReportText.summarySheet(language), quarter: report.quarter)
  }

  private func engineTable(_ cursor: inout SheetCursor) throws {
    let statuses = Status.allCases
    try cursor.header(
      [ReportText.engine] + statuses.map(\.label) + [ReportText.activities]
        + ActivityStatus.allCases.map(\.label)
        + [ReportText.budgetPlanned, ReportText.budgetSpent, ReportText.budgetExecution])
    for engine in report.catalog.engines {
      let results = report.results(of: engine.id)
      let activities = report.activities(of: engine.id)
      let totals = report.engines[engine.id]?.activityMeasures ?? [:]
      let planned = totals[ActivityMeasure.budgetPlanned.id] ?? .unavailable(ReportText.noValue)
      let spent = totals[ActivityMeasure.budgetSpent.id] ?? .unavailable(ReportText.noValue)
      var execution: Double?
      if let planned = planned.value, let spent = spent.value, planned > 0 {
        execution = spent / planned
      }
      var cells: [SheetCursor.Cell] = [.text(engine.name(styles.language), styles.text)]
      cells += statuses.map { status in
        .number(Double(results.filter { $0.status == status }.count), styles.count)
      }
      cells.append(.number(Double(activities.count), styles.count))
      cells += ActivityStatus.allCases.map { status in
        .number(Double(activities.filter { $0.status == status }.count), styles.count)
      }
      cells += [
        cursor.figure(planned, unit: .ils), cursor.figure(spent, unit: .ils),
        cursor.optional(execution, styles.attainment),
      ]
      try cursor.write(cells)
    }
  }

  private func statusText(_ status: Status) -> String {
    ReportText.statusSymbol(status) + " " + status.label(styles.language)
  }
}
