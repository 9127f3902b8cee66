import Testing
import XlsxReading
import XlsxWriter

@Suite("Charts")
struct ChartTests {
  @Test func lineChartWithDashedTargetReferencesItsRanges() throws {
    let scratch = try ScratchDirectory()
    let sheetName = "Bob's נתונים"
    let file = try scratch.write(sheet: sheetName) { workbook, sheet in
      for row in 1...4 {
        try sheet.write("Q\(row)", row: row, column: 0)
        try sheet.write(Double(row * 100), row: row, column: 1)
        try sheet.write(250, row: row, column: 2)
      }
      let categories = CellReference.rangeFormula(
        sheet: sheetName, firstRow: 1, firstColumn: 0, lastRow: 4, lastColumn: 0)
      let actual = CellReference.rangeFormula(
        sheet: sheetName, firstRow: 1, firstColumn: 1, lastRow: 4, lastColumn: 1)
      let target = CellReference.rangeFormula(
        sheet: sheetName, firstRow: 1, firstColumn: 2, lastRow: 4, lastColumn: 2)
      let chart = try workbook.addChart(.line)
      try chart.addSeries(name: "בפועל", categories: categories, values: actual)
        .setMarker(.circle, size: 6)
      try chart.addSeries(name: "יעד", categories: categories, values: target)
        .setLine(color: 0xC00000, width: 1.5, dash: .dash)
      try chart.setTitle("ביצוע מול יעד")
      try chart.setXAxisName("רבעון")
      try chart.setYAxisName("₪")
      try chart.setValueAxisNumberFormat("#,##0")
      try chart.setLegendPosition(.bottom)
      try chart.setStyle(10)
      try sheet.insertChart(row: 6, column: 0, chart: chart, xScale: 1.5, yScale: 1)
    }
    let names = try file.memberNames
    #expect(names.contains("xl/charts/chart1.xml"))
    #expect(names.contains("xl/drawings/drawing1.xml"))
    let chart = try file.xml("xl/charts/chart1.xml")
    let formulas = chart.descendants(named: "f").map(\.text)
    #expect(formulas.contains("'Bob''s נתונים'!$A$2:$A$5"))
    #expect(formulas.contains("'Bob''s נתונים'!$B$2:$B$5"))
    #expect(formulas.contains("'Bob''s נתונים'!$C$2:$C$5"))
    #expect(chart.descendants(named: "lineChart").count == 1)
    #expect(chart.descendants(named: "prstDash").map { $0.attributes["val"] } == ["dash"])
    #expect(chart.descendants(named: "legendPos").first?.attributes["val"] == "b")
    #expect(chart.descendants(named: "style").first?.attributes["val"] == "10")
    let text = chart.allText
    for expected in ["ביצוע מול יעד", "רבעון", "₪", "בפועל", "יעד"] {
      #expect(text.contains(expected))
    }
    let valueAxisFormat = chart.descendants(named: "valAx").first?.child(named: "numFmt")
    #expect(valueAxisFormat?.attributes["formatCode"] == "#,##0")
  }

  @Test func quotedHebrewSheetNameStillFillsTheDataCache() throws {
    let scratch = try ScratchDirectory()
    let file = try scratch.write(sheet: "דוח שנתי") { workbook, sheet in
      for row in 0..<3 { try sheet.write(Double(row + 1), row: row, column: 0) }
      let chart = try workbook.addChart(.column)
      try chart.addSeries(
        name: nil, categories: nil,
        values: CellReference.rangeFormula(
          sheet: "דוח שנתי", firstRow: 0, firstColumn: 0, lastRow: 2, lastColumn: 0))
      try sheet.insertChart(row: 4, column: 0, chart: chart)
    }
    let chart = try file.xml("xl/charts/chart1.xml")
    #expect(chart.descendants(named: "f").map(\.text) == ["'דוח שנתי'!$A$1:$A$3"])
    // Viewers that never recalculate draw the chart from this cache.
    let cache = try #require(chart.descendants(named: "numCache").first)
    #expect(cache.descendants(named: "v").map(\.text) == ["1", "2", "3"])
  }

  @Test func stackedColumnAndPie() throws {
    let scratch = try ScratchDirectory()
    let file = try scratch.write { workbook, sheet in
      for row in 0..<3 { try sheet.write(Double(row + 1), row: row, column: 0) }
      let values = CellReference.rangeFormula(
        sheet: "Sheet1", firstRow: 0, firstColumn: 0, lastRow: 2, lastColumn: 0)
      let stacked = try workbook.addChart(.columnStacked)
      try stacked.addSeries(name: nil, categories: nil, values: values).setFillColor(0x4472C4)
      try sheet.insertChart(row: 4, column: 0, chart: stacked)
      let pie = try workbook.addChart(.pie)
      try pie.addSeries(name: "Share", categories: nil, values: values)
      #expect(throws: XlsxError.self) { try pie.setYAxisName("no axes") }
      try sheet.insertChart(row: 4, column: 8, chart: pie)
    }
    let first = try file.xml("xl/charts/chart1.xml")
    #expect(first.descendants(named: "grouping").first?.attributes["val"] == "stacked")
    #expect(first.descendants(named: "overlap").first?.attributes["val"] == "100")
    #expect(try file.xml("xl/charts/chart2.xml").descendants(named: "pieChart").count == 1)
  }

  @Test func chartFromAnotherWorkbookIsRefused() throws {
    let scratch = try ScratchDirectory()
    let one = try Workbook(path: scratch.path("one.xlsx"))
    let two = try Workbook(path: scratch.path("two.xlsx"))
    let sheet = try one.addWorksheet(named: "S")
    let foreign = try two.addChart(.bar)
    #expect(throws: XlsxError.self) { try sheet.insertChart(row: 0, column: 0, chart: foreign) }
    try one.close()
    try two.close()
  }
}
