import Testing
import XlsxReading
import XlsxWriter

@Suite("Chart points and category labels")
struct ChartPointTests {
  /// A bar chart of three values, the first green, the second left alone, the third red.
  private func coloured(_ colors: [UInt32?], scratch: ScratchDirectory) throws -> XlsxFile {
    try scratch.write { workbook, sheet in
      for (row, value) in [0.2, 0.05, -0.3].enumerated() {
        try sheet.write("item \(row)", row: row, column: 0)
        try sheet.write(value, row: row, column: 1)
      }
      let chart = try workbook.addChart(.bar)
      let series = try chart.addSeries(
        name: "change",
        categories: CellReference.rangeFormula(
          sheet: "Sheet1", firstRow: 0, firstColumn: 0, lastRow: 2, lastColumn: 0),
        values: CellReference.rangeFormula(
          sheet: "Sheet1", firstRow: 0, firstColumn: 1, lastRow: 2, lastColumn: 1))
      try series.setPointFills(colors)
      try chart.placeCategoryLabelsLow()
      try sheet.insertChart(row: 4, column: 0, chart: chart)
    }
  }

  @Test func eachPointGetsItsOwnFillAndNilKeepsTheSeriesFill() throws {
    let scratch = try ScratchDirectory()
    let file = try coloured([0x2E7D32, nil, 0xC62828], scratch: scratch)
    let chart = try file.xml("xl/charts/chart1.xml")
    let points = chart.descendants(named: "dPt")
    // The point left alone is written without a fill of its own.
    let filled = points.compactMap { point -> (String, String)? in
      guard let index = point.child(named: "idx")?.attributes["val"],
        let color = point.descendants(named: "srgbClr").first?.attributes["val"]
      else { return nil }
      return (index, color)
    }
    #expect(filled.map(\.0) == ["0", "2"])
    #expect(filled.map(\.1) == ["2E7D32", "C62828"])
  }

  @Test func categoryLabelsSitAtTheLowEndOfTheValueAxis() throws {
    let scratch = try ScratchDirectory()
    let file = try coloured([nil, nil, nil], scratch: scratch)
    let chart = try file.xml("xl/charts/chart1.xml")
    let categoryAxis = try #require(chart.descendants(named: "catAx").first)
    #expect(categoryAxis.child(named: "tickLblPos")?.attributes["val"] == "low")
    let valueAxis = try #require(chart.descendants(named: "valAx").first)
    #expect(valueAxis.child(named: "tickLblPos")?.attributes["val"] == "nextTo")
  }

  @Test func labelsOfAPieAreRefused() throws {
    let scratch = try ScratchDirectory()
    _ = try scratch.write { workbook, _ in
      let pie = try workbook.addChart(.pie)
      #expect(throws: XlsxError.self) { try pie.placeCategoryLabelsLow() }
    }
  }
}
