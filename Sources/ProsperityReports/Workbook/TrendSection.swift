import ProsperityCompare
import ProsperityIndicators
import ProsperityModel
import XlsxWriter

/// The last eight quarters of each headline indicator of an engine: a small table of the quarter
/// values and the targets for those quarters, and a line chart of each drawn from it.
package struct TrendSection {
  let report: QuarterReport
  let engine: Engine
  let styles: WorkbookFormats

  static let quarters = 8
  /// Each chart's size in pixels, the rows left free for it, and how many stand side by side.
  static let chartSize = (width: 540, height: 260)
  static let chartRows = 15
  static let chartGap = 24
  static let chartsPerRow = 2

  /// A chart waiting for the sheet's column widths, which decide where each one starts.
  struct PendingChart {
    let indicator: Indicator
    let categories: String
    let values: String
    let targets: String
    let row: Int
  }

  private var headline: [IndicatorResult] {
    report.results(of: engine.id).filter(\.indicator.isHeadline)
  }

  /// Writes the table and leaves rows free for the charts; returns the charts to insert.
  func write(_ cursor: inout SheetCursor) throws -> [PendingChart] {
    let language = styles.language
    let indicators = headline.map(\.indicator)
    guard !indicators.isEmpty else { return [] }
    try cursor.title(ReportText.trend(language), format: styles.section)
    try cursor.title(ReportText.trendNote(language), format: styles.note)
    let sheet = cursor.sheet
    try cursor.setHeight(30)
    try cursor.put(.empty(styles.header), column: 0)
    for (index, indicator) in indicators.enumerated() {
      let column = 1 + index * 2
      try sheet.mergeRange(
        firstRow: cursor.row, firstColumn: column, lastRow: cursor.row, lastColumn: column + 1,
        text: indicator.name(language), style: styles.book.header)
    }
    cursor.skip()
    try cursor.header(
      [ReportText.quarterHeading]
        + indicators.flatMap { _ in [ReportText.value, ReportText.targetForQuarter] })
    let window = IndicatorHistory.window(Self.quarters, endingWith: report.quarter)
    let first = cursor.row
    for quarter in window {
      var cells: [SheetCursor.Cell] = [.text(quarter.description, styles.code)]
      for indicator in indicators {
        let result = report.history.result(indicator.id, in: quarter)
        let style = styles.number(indicator.unit)
        cells.append(result?.value.value.map { .number($0, style) } ?? .none)
        cells.append(result?.quarterTarget.map { .number($0, style) } ?? .none)
      }
      try cursor.write(cells)
    }
    let last = cursor.row - 1
    cursor.skip()
    let chartRow = cursor.row
    let bands = (indicators.count + Self.chartsPerRow - 1) / Self.chartsPerRow
    cursor.skip(bands * Self.chartRows)
    let name = sheet.name
    return indicators.enumerated().map { index, indicator in
      let column = 1 + index * 2
      return PendingChart(
        indicator: indicator,
        categories: Workbook.rangeFormula(
          sheet: name, firstRow: first, firstColumn: 0, lastRow: last, lastColumn: 0),
        values: Workbook.rangeFormula(
          sheet: name, firstRow: first, firstColumn: column, lastRow: last, lastColumn: column),
        targets: Workbook.rangeFormula(
          sheet: name, firstRow: first, firstColumn: column + 1, lastRow: last,
          lastColumn: column + 1),
        row: chartRow + index / Self.chartsPerRow * Self.chartRows)
    }
  }

  /// Places the charts side by side from the sheet's leading edge.
  func insert(_ charts: [PendingChart], into sheet: Worksheet, widths: [Int: Double]) throws {
    let language = styles.language
    for (index, pending) in charts.enumerated() {
      let chart = try sheet.workbook.addChart(.line)
      try chart.setTitle(pending.indicator.name(language))
      try chart.setTitleFont(size: 11)
      let value = try chart.addSeries(
        name: ReportText.value(language), categories: pending.categories, values: pending.values)
      try value.setLine(color: WorkbookStyles.ink, width: 2.25)
      try value.setMarker(.circle, size: 6)
      let target = try chart.addSeries(
        name: ReportText.targetForQuarter(language), categories: pending.categories,
        values: pending.targets)
      try target.setLine(color: WorkbookStyles.targetColor, width: 1.5, dash: .dash)
      try target.setMarker(.none)
      try chart.setValueAxisNumberFormat(WorkbookStyles.axisFormat(pending.indicator.unit))
      try chart.setLegendPosition(.bottom)
      let offset = index % Self.chartsPerRow * (Self.chartSize.width + Self.chartGap)
      let column = ColumnWidths.column(atPixel: offset, widths: widths)
      try sheet.insertChart(
        row: pending.row, column: column, chart: chart,
        xScale: Double(Self.chartSize.width) / 480, yScale: Double(Self.chartSize.height) / 288)
    }
  }
}

extension IndicatorResult {
  /// The target the quarter's own value is measured against: a target set for the quarter, else
  /// a quarter of the annual target for a cumulative indicator, else the annual target.
  var quarterTarget: Double? {
    guard let target else { return nil }
    if comparison == .quarterValue { return target }
    return indicator.isCumulative ? target / 4 : target
  }
}
