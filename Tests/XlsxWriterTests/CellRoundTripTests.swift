import Foundation
import Testing
import XlsxReading
import XlsxWriter

@Suite("Cell values survive a write/read round trip")
struct CellRoundTripTests {
  @Test func hebrewTextAndNumbers() throws {
    let scratch = try ScratchDirectory()
    let file = try scratch.write(sheet: "סיכום") { _, sheet in
      try sheet.write("שלום עולם", row: 0, column: 0)
      try sheet.write("מחיר: ₪ 12", row: 1, column: 0, style: CellStyle(bold: true))
      try sheet.write(1234.5, row: 0, column: 1)
      try sheet.write(-0.125, row: 1, column: 1, style: CellStyle(numberFormat: "0.0%"))
      try sheet.write(true, row: 2, column: 0)
    }
    #expect(try file.sheetNames == ["סיכום"])
    let contents = try file.sheet(named: "סיכום")
    #expect(contents.string(at: "A1") == "שלום עולם")
    #expect(contents.string(at: "A2") == "מחיר: ₪ 12")
    #expect(contents.number(at: "B1") == 1234.5)
    #expect(contents.number(at: "B2") == -0.125)
    #expect(contents.cells["A3"]?.value == .bool(true))
    #expect(contents.cells["A2"]?.styleIndex != 0)
    #expect(contents.cells["A1"]?.styleIndex == 0)
  }

  @Test func formulaKeepsItsCachedValue() throws {
    let scratch = try ScratchDirectory()
    let file = try scratch.write { _, sheet in
      try sheet.write(2, row: 0, column: 0)
      try sheet.write(3, row: 1, column: 0)
      try sheet.writeFormula("=SUM(A1:A2)", cachedValue: 5, row: 2, column: 0)
      try sheet.writeFormula("=\"a\"&\"b\"", cachedText: "ab", row: 3, column: 0)
    }
    let contents = try file.sheet(named: "Sheet1")
    #expect(contents.cells["A3"]?.value == .formula("SUM(A1:A2)", cached: "5"))
    #expect(contents.xml.contains("<f>SUM(A1:A2)</f><v>5</v>"))
    #expect(contents.cells["A4"]?.value == .formula("\"a\"&\"b\"", cached: "ab"))
  }

  @Test func datesBecomeSerialNumbersWithADateFormat() throws {
    let scratch = try ScratchDirectory()
    let file = try scratch.write { _, sheet in
      try sheet.writeDate(year: 2024, month: 3, day: 31, row: 0, column: 0)
      var noon = DateComponents(year: 2024, month: 1, day: 1)
      noon.hour = 12
      try sheet.writeDateTime(noon, row: 1, column: 0)
      try sheet.writeBlank(row: 2, column: 0, style: CellStyle(backgroundColor: 0xFFFF00))
    }
    let contents = try file.sheet(named: "Sheet1")
    #expect(contents.number(at: "A1") == 45_382)
    #expect(contents.number(at: "A2") == 45_292.5)
    #expect(contents.cells["A1"]?.styleIndex != 0)
    #expect(contents.cells["A3"]?.value == .blank)
    let styles = try file.member("xl/styles.xml")
    #expect(styles.contains("formatCode=\"yyyy-mm-dd\""))
    #expect(styles.contains("formatCode=\"yyyy-mm-dd hh:mm\""))
  }

  @Test func equalStylesShareOneFormat() throws {
    let scratch = try ScratchDirectory()
    let red = CellStyle(bold: true, fontColor: 0xFF0000)
    let file = try scratch.write { _, sheet in
      try sheet.write("a", row: 0, column: 0, style: red)
      try sheet.write("b", row: 1, column: 0, style: CellStyle(bold: true, fontColor: 0xFF0000))
      try sheet.write("c", row: 2, column: 0, style: red.with { $0.italic = true })
    }
    let contents = try file.sheet(named: "Sheet1")
    #expect(contents.cells["A1"]?.styleIndex == contents.cells["A2"]?.styleIndex)
    #expect(contents.cells["A1"]?.styleIndex != contents.cells["A3"]?.styleIndex)
  }

  @Test func readingOrderAndAlignmentReachTheStyles() throws {
    let scratch = try ScratchDirectory()
    let style = CellStyle(horizontalAlignment: .right, wrapText: true, readingOrder: .rightToLeft)
    let file = try scratch.write { _, sheet in
      try sheet.write("טקסט", row: 0, column: 0, style: style)
    }
    let styles = try file.member("xl/styles.xml")
    #expect(styles.contains("horizontal=\"right\""))
    #expect(styles.contains("readingOrder=\"2\""))
    #expect(styles.contains("wrapText=\"1\""))
  }

  @Test func constantMemoryWritesInlineStrings() throws {
    let scratch = try ScratchDirectory()
    let options = WorkbookOptions(constantMemory: true, temporaryDirectory: scratch.url.path)
    let file = try scratch.write(options: options) { _, sheet in
      for row in 0..<50 {
        try sheet.write("שורה \(row)", row: row, column: 0)
        try sheet.write(Double(row), row: row, column: 1)
      }
    }
    #expect(try !file.memberNames.contains("xl/sharedStrings.xml"))
    let contents = try file.sheet(named: "Sheet1")
    #expect(contents.xml.contains("t=\"inlineStr\""))
    #expect(contents.string(at: "A1") == "שורה 0")
    #expect(contents.string(at: "A50") == "שורה 49")
    #expect(contents.number(at: "B50") == 49)
  }
}
