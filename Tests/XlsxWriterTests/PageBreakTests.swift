import Testing
import XlsxReading
import XlsxWriter

@Suite("Page breaks and print scale")
struct PageBreakTests {
  @Test func breaksAreWrittenSortedOnceEachAndTheScaleReplacesTheFit() throws {
    let scratch = try ScratchDirectory()
    let file = try scratch.write { _, sheet in
      for row in 0..<60 { try sheet.write(Double(row), row: row, column: 0) }
      try sheet.fitToPages(width: 1, height: 0)
      try sheet.setPageBreaks(beforeRows: [40, 20, 40])
      try sheet.setPrintScale(72)
    }
    let sheet = try file.xml("xl/worksheets/sheet1.xml")
    let breaks = try #require(sheet.descendants(named: "rowBreaks").first)
    #expect(breaks.descendants(named: "brk").map { $0.attributes["id"] } == ["20", "40"])
    let setup = try #require(sheet.descendants(named: "pageSetup").first)
    #expect(setup.attributes["scale"] == "72")
    #expect(setup.attributes["fitToHeight"] == nil)
    // Excel honours a fit over a scale and ignores manual breaks on a fitted sheet.
    #expect(sheet.descendants(named: "pageSetUpPr").first?.attributes["fitToPage"] == nil)
  }

  @Test func aBreakBeforeTheFirstRowAndAnOddScaleAreRefused() throws {
    let scratch = try ScratchDirectory()
    _ = try scratch.write { _, sheet in
      #expect(throws: XlsxError.self) { try sheet.setPageBreaks(beforeRows: [0]) }
      #expect(throws: XlsxError.self) { try sheet.setPrintScale(5) }
      #expect(throws: XlsxError.self) {
        try sheet.setPageBreaks(beforeRows: Array(1...1024))
      }
    }
  }
}
