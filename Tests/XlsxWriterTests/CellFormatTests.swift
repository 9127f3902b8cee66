import Foundation
import Testing
import XlsxReading
import XlsxWriter

@Suite("Cell formats found once write what their styles write")
struct CellFormatTests {
  @Test func aFormatWritesWhatItsStyleWrites() throws {
    let scratch = try ScratchDirectory()
    let money = CellStyle(bold: true, numberFormat: "\"₪\"#,##0", wrapText: true)
    let file = try scratch.write { workbook, sheet in
      let format = try workbook.format(money)
      try sheet.write("טקסט", row: 0, column: 0, style: money)
      try sheet.write("טקסט", row: 0, column: 1, format: format)
      try sheet.write(1234.5, row: 1, column: 0, style: money)
      try sheet.write(1234.5, row: 1, column: 1, format: format)
      try sheet.writeFormula("=A2*2", cachedValue: 2469, row: 2, column: 0, style: money)
      try sheet.writeFormula("=B2*2", cachedValue: 2469, row: 2, column: 1, format: format)
      try sheet.writeFormula("=\"a\"", cachedText: "a", row: 3, column: 0, style: money)
      try sheet.writeFormula("=\"a\"", cachedText: "a", row: 3, column: 1, format: format)
      try sheet.writeDate(year: 2026, month: 9, day: 30, row: 4, column: 0, style: money)
      try sheet.writeDate(year: 2026, month: 9, day: 30, row: 4, column: 1, format: format)
      try sheet.writeBlank(row: 5, column: 0, style: money)
      try sheet.writeBlank(row: 5, column: 1, format: format)
    }
    let contents = try file.sheet(named: "Sheet1")
    for row in 1...6 {
      let byStyle = try #require(contents.cells["A\(row)"])
      let byFormat = try #require(contents.cells["B\(row)"])
      #expect(byStyle.styleIndex == byFormat.styleIndex, "row \(row)")
      #expect(byStyle.styleIndex != 0, "row \(row)")
    }
    #expect(contents.number(at: "B2") == 1234.5)
    #expect(contents.cells["B3"]?.value == .formula("B2*2", cached: "2469"))
    #expect(contents.number(at: "B5") == 46_295)
  }

  @Test func aFormatKnowsItsStyle() throws {
    let scratch = try ScratchDirectory()
    let workbook = try Workbook(path: scratch.path("book.xlsx"))
    let plain = try workbook.format(CellStyle(italic: true))
    let bold = try workbook.format(CellStyle(bold: true, wrapText: true))
    #expect(try workbook.format(CellStyle(italic: true)) == plain)
    #expect(plain.index == 0 && bold.index == 1)
    #expect(!plain.isBold && !plain.wrapsText && bold.isBold && bold.wrapsText)
    #expect(workbook.style(of: bold) == CellStyle(bold: true, wrapText: true))
    #expect(!plain.hasNumberFormat)
  }

  @Test func aDateInAFormatWithoutANumberFormatStillShowsAsADate() throws {
    let scratch = try ScratchDirectory()
    let file = try scratch.write { workbook, sheet in
      let bold = try workbook.format(CellStyle(bold: true))
      try sheet.writeDate(year: 2026, month: 1, day: 2, row: 0, column: 0, format: bold)
      let dated = CellStyle(bold: true, numberFormat: Worksheet.defaultDateFormat)
      try sheet.write("b", row: 1, column: 0, style: dated)
    }
    let contents = try file.sheet(named: "Sheet1")
    #expect(contents.number(at: "A1") == 46_024)
    let index = try #require(contents.cells["A1"]?.styleIndex)
    #expect(index == contents.cells["A2"]?.styleIndex)
    #expect(try file.cellStyleDescriptions()[index].contains("format yyyy-mm-dd"))
  }

  @Test func anotherWorkbooksFormatIsRefused() throws {
    let scratch = try ScratchDirectory()
    let other = try Workbook(path: scratch.path("other.xlsx"))
    let foreign = try other.format(CellStyle(bold: true))
    let file = try scratch.write { workbook, sheet in
      #expect(workbook.style(of: foreign) == nil)
      let error = #expect(throws: XlsxError.self) {
        try sheet.write("x", row: 0, column: 0, format: foreign)
      }
      #expect(error?.kind == .invalidArgument)
      #expect(error?.message.contains("another workbook") == true)
      try sheet.write("kept", row: 1, column: 0)
    }
    #expect(try file.sheet(named: "Sheet1").cells["A1"] == nil)
    #expect(try file.sheet(named: "Sheet1").string(at: "A2") == "kept")
  }

  @Test func aClosedWorkbooksFormatWritesNothing() throws {
    let scratch = try ScratchDirectory()
    let workbook = try Workbook(path: scratch.path("closed.xlsx"))
    let sheet = try workbook.addWorksheet(named: "S")
    let format = try workbook.format(CellStyle(bold: true))
    try workbook.close()
    let error = #expect(throws: XlsxError.self) {
      try sheet.write(1, row: 0, column: 0, format: format)
    }
    #expect(error?.kind == .workbookClosed)
    #expect(throws: XlsxError.self) { try workbook.format(CellStyle(italic: true)) }
  }

  @Test func formatsNothingIsWrittenWithStayOutOfTheFile() throws {
    let scratch = try ScratchDirectory()
    let used = CellStyle(bold: true)
    let withSpare = try scratch.write("spare.xlsx") { workbook, sheet in
      _ = try workbook.format(CellStyle(italic: true, fontColor: 0x123456))
      try sheet.write("a", row: 0, column: 0, format: try workbook.format(used))
    }
    let without = try scratch.write("plain.xlsx") { _, sheet in
      try sheet.write("a", row: 0, column: 0, style: used)
    }
    #expect(try withSpare.member("xl/styles.xml") == without.member("xl/styles.xml"))
  }
}
