import ProsperityCompare
import ProsperityIndicators
import ProsperityModel
import XlsxWriter

/// The summary's per-engine tables: indicators by status (the counts, drawn by a chart, and a live
/// check against each engine sheet) and activities and budget, each with a totals row of live
/// formulas.
package struct EngineTables {
  let report: QuarterReport
  let styles: WorkbookFormats
  let engineSheets: [String: EngineSheet.Anchors]

  /// Where the status table landed, for the chart drawn from it.
  struct ChartPlacement {
    let engineRows: ClosedRange<Int>?
    let chartRow: Int
  }

  static let chartRows = 13

  func statusTable(_ cursor: inout SheetCursor) throws -> ChartPlacement {
    let language = styles.language
    // The chart starts beside the title: its own title then prints on the title's line, not on
    // the header's, which keeps the printed header row a line of its own.
    let chartRow = cursor.row
    try cursor.title(ReportText.statusByEngine(language), format: styles.section)
    let statuses = Status.allCases
    let cells = StatusCells(styles: styles, thresholds: report.catalog.thresholds)
    try cursor.header(
      [ReportText.engine(language), ReportText.indicatorsCount(language)]
        + statuses.map { cells.text($0) } + [ReportText.liveCheck(language)])
    let first = cursor.row
    for engine in report.catalog.engines {
      let row = cursor.row
      let results = report.results(of: engine.id)
      let counts = statuses.map { status in results.filter { $0.status == status }.count }
      let sum = "=SUM(\(SheetCursor.a1(row, 2)):\(SheetCursor.a1(row, 1 + statuses.count)))"
      try cursor.write(
        [
          .text(engine.name(language), styles.text),
          .formula(sum, cached: Double(results.count), styles.count),
        ] + counts.map { .number(Double($0), styles.count) }
          + [liveCheck(engine, row: row, cells: cells)])
    }
    let engineRows = cursor.row > first ? first...(cursor.row - 1) : nil
    try totalsRow(&cursor, first: first, columns: 1...(1 + statuses.count)) { column in
      let results =
        column == 1
        ? report.results
        : report.results.filter {
          $0.status == statuses[column - 2]
        }
      return (Double(results.count), .count)
    }
    let chartEnd = chartRow + Self.chartRows
    if cursor.row < chartEnd { cursor.skip(chartEnd - cursor.row) }
    return ChartPlacement(engineRows: engineRows, chartRow: chartRow)
  }

  /// Whether the engine sheet's live statuses still count as the pipeline's did: a live formula
  /// beside the counts. The counts themselves are written as values, since the chart draws from
  /// them and libxlsxwriter caches a chart's points only from values, never from formulas.
  private func liveCheck(_ engine: Engine, row: Int, cells: StatusCells)
    -> SheetCursor.Cell
  {
    guard let anchors = engineSheets[engine.id], let rows = anchors.statusRows else {
      return .text("—", styles.muted)
    }
    let column = EngineSheet.Anchors.statusColumn
    let range = SheetCursor.range(anchors.sheet, rows, column...column)
    let tests = Status.allCases.enumerated().map { index, status in
      "COUNTIF(\(range),\(quoted(cells.text(status))))=\(SheetCursor.a1(row, 2 + index))"
    }
    let agrees = ReportText.liveCheckAgrees(styles.language)
    let differs = ReportText.liveCheckDiffers(styles.language)
    return .textFormula(
      "=IF(AND(\(tests.joined(separator: ","))),\(quoted(agrees)),\(quoted(differs)))",
      cached: agrees, styles.text)
  }

  /// A string literal inside a formula: quotes are doubled.
  private func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  func activityTable(_ cursor: inout SheetCursor) throws {
    let language = styles.language
    try cursor.title(ReportText.activitiesAndBudget(language), format: styles.section)
    let statuses = ActivityStatus.allCases
    try cursor.header(
      [ReportText.engine, ReportText.activities] + statuses.map(\.label)
        + [ReportText.budgetPlanned, ReportText.budgetSpent, ReportText.budgetExecution])
    let first = cursor.row
    let plannedColumn = 2 + statuses.count
    var budgets: [(planned: Double?, spent: Double?)] = []
    for engine in report.catalog.engines {
      let row = cursor.row
      let activities = report.activities(of: engine.id)
      let totals = report.engines[engine.id]?.activityMeasures ?? [:]
      let planned = totals[ActivityMeasure.budgetPlanned.id]?.value
      let spent = totals[ActivityMeasure.budgetSpent.id]?.value
      budgets.append((planned, spent))
      var cells: [SheetCursor.Cell] = [
        .text(engine.name(language), styles.text),
        .number(Double(activities.count), styles.count),
      ]
      cells += statuses.map { status in .number(Double(activities.count(status)), styles.count) }
      cells += [
        cursor.optional(planned, styles.number(.ils)), cursor.optional(spent, styles.number(.ils)),
        execution(planned: planned, spent: spent, row: row, plannedColumn: plannedColumn),
      ]
      try cursor.write(cells)
    }
    let all = report.catalog.engines.map { report.activities(of: $0.id) }
    let plannedTotal = total(budgets.map(\.planned))
    let spentTotal = total(budgets.map(\.spent))
    let totalRow = cursor.row
    try totalsRow(&cursor, first: first, columns: 1...(plannedColumn + 1)) { column in
      switch column {
      case 1: return (Double(all.reduce(0) { $0 + $1.count }), .count)
      case plannedColumn: return (plannedTotal, .ils)
      case plannedColumn + 1: return (spentTotal, .ils)
      default: return (Double(all.reduce(0) { $0 + $1.count(statuses[column - 2]) }), .count)
      }
    }
    let cell = execution(
      planned: plannedTotal, spent: spentTotal, row: totalRow, plannedColumn: plannedColumn)
    try cursor.sheet.writeBlank(row: totalRow, column: plannedColumn + 2, format: styles.total)
    if case .formula(let formula, let cached, _) = cell {
      try cursor.sheet.writeFormula(
        formula, cachedValue: cached, row: totalRow, column: plannedColumn + 2,
        format: styles.totalAttainment)
    }
  }

  /// Budget spent ÷ planned, live; none where nothing was planned.
  private func execution(planned: Double?, spent: Double?, row: Int, plannedColumn: Int)
    -> SheetCursor.Cell
  {
    guard let planned, let spent, planned > 0 else { return .text("—", styles.muted) }
    let formula =
      "=\(SheetCursor.a1(row, plannedColumn + 1))/\(SheetCursor.a1(row, plannedColumn))"
    return .formula(formula, cached: spent / planned, styles.attainment)
  }

  /// A sum over engines, or none when one of them has no value: a partial sum would mislead.
  private func total(_ values: [Double?]) -> Double? {
    values.contains { $0 == nil } ? nil : values.reduce(0) { $0 + ($1 ?? 0) }
  }

  /// The row of totals: a live SUM over the engines above each column; `values` gives the sum
  /// the pipeline computed and its unit, and no sum leaves a dash.
  private func totalsRow(
    _ cursor: inout SheetCursor, first: Int, columns: ClosedRange<Int>,
    values: (Int) -> (Double?, MeasureUnit)
  ) throws {
    let row = cursor.row
    var cells: [SheetCursor.Cell] = [.text(ReportText.total(styles.language), styles.total)]
    for column in columns {
      let (value, unit) = values(column)
      guard let value, row > first else {
        cells.append(.text("—", styles.muted))
        continue
      }
      let range = "\(SheetCursor.a1(first, column)):\(SheetCursor.a1(row - 1, column))"
      cells.append(.formula("=SUM(\(range))", cached: value, styles.totalNumber(unit)))
    }
    try cursor.write(cells)
  }

  /// A stacked bar per engine of its indicators by status, drawn from the status table.
  /// Returns how far from the sheet's leading edge the chart reaches, in pixels (0 for none).
  @discardableResult
  func insertChart(
    _ placement: ChartPlacement, into sheet: Worksheet, widths: [Int: Double]
  ) throws -> Int {
    guard let engineRows = placement.engineRows else { return 0 }
    let chart = try sheet.workbook.addChart(.barStacked)
    try chart.setTitle(ReportText.statusByEngine(styles.language))
    try chart.setTitleFont(size: 11)
    try chart.reverseCategoryAxis()
    let cells = StatusCells(styles: styles, thresholds: report.catalog.thresholds)
    let rows = (engineRows.lowerBound, engineRows.upperBound)
    let categories = Workbook.rangeFormula(
      sheet: sheet.name, firstRow: rows.0, firstColumn: 0, lastRow: rows.1, lastColumn: 0)
    for (index, status) in Status.allCases.enumerated() {
      let column = 2 + index
      let series = try chart.addSeries(
        name: cells.text(status), categories: categories,
        values: Workbook.rangeFormula(
          sheet: sheet.name, firstRow: rows.0, firstColumn: column, lastRow: rows.1,
          lastColumn: column))
      try series.setFillColor(WorkbookStyles.statusColors(status).strong)
      try series.showValueLabels(numberFormat: "0;;;")
    }
    try chart.setLegendPosition(.bottom)
    // Beside the table: past the counts and the live check.
    let start = (0...(3 + Status.allCases.count)).reduce(0) {
      $0 + ColumnWidths.pixels(widths[$1])
    }
    let column = ColumnWidths.column(atPixel: start + 20, widths: widths)
    try sheet.insertChart(
      row: placement.chartRow, column: column, chart: chart, xScale: 500.0 / 480,
      yScale: 250.0 / 288)
    let left = (0..<column).reduce(0) { $0 + ColumnWidths.pixels(widths[$1]) }
    return left + 500
  }
}
