import Foundation
import Testing
import XlsxReading
import XlsxWriter

@Suite("Bad input throws instead of reaching libxlsxwriter")
struct ValidationTests {
  private func kind(of work: () throws -> Void) -> XlsxError.Kind? {
    do {
      try work()
      return nil
    } catch let error as XlsxError {
      return error.kind
    } catch {
      return nil
    }
  }

  @Test func invalidAndDuplicateSheetNamesThrow() throws {
    let scratch = try ScratchDirectory()
    let workbook = try Workbook(path: scratch.path("names.xlsx"))
    _ = try workbook.addWorksheet(named: "דוח")
    for bad in ["", "a/b", "[x]", "'lead", String(repeating: "n", count: 32), "דוח"] {
      #expect(kind { _ = try workbook.addWorksheet(named: bad) } == .invalidSheetName)
    }
    _ = try workbook.addWorksheet(named: "Data")
    #expect(kind { _ = try workbook.addWorksheet(named: "DATA") } == .invalidSheetName)
    #expect(workbook.sheetNames == ["דוח", "Data"])
    try workbook.close()
    #expect(try XlsxFile(path: scratch.path("names.xlsx")).sheetNames == ["דוח", "Data"])
  }

  @Test(arguments: [Double.nan, .infinity, -.infinity])
  func nonFiniteNumbersThrow(value: Double) throws {
    let scratch = try ScratchDirectory()
    let workbook = try Workbook(path: scratch.path("nan.xlsx"))
    let sheet = try workbook.addWorksheet(named: "S")
    #expect(kind { try sheet.write(value, row: 0, column: 0) } == .nonFiniteNumber)
    #expect(
      kind { try sheet.writeFormula("=1/0", cachedValue: value, row: 0, column: 1) }
        == .nonFiniteNumber)
    try workbook.close()
  }

  @Test func outOfRangeCellsThrow() throws {
    let scratch = try ScratchDirectory()
    let workbook = try Workbook(path: scratch.path("range.xlsx"))
    let sheet = try workbook.addWorksheet(named: "S")
    #expect(kind { try sheet.write("x", row: 1_048_576, column: 0) } == .cellOutOfRange)
    #expect(kind { try sheet.write(1, row: 0, column: 16_384) } == .cellOutOfRange)
    #expect(kind { try sheet.write("x", row: -1, column: 0) } == .cellOutOfRange)
    #expect(kind { try sheet.freezePanes(row: 2_000_000, column: 0) } == .cellOutOfRange)
    try sheet.write("last", row: 1_048_575, column: 16_383)
    try workbook.close()
    let contents = try XlsxFile(path: scratch.path("range.xlsx")).sheet(named: "S")
    #expect(contents.string(at: "XFD1048576") == "last")
  }

  @Test func otherArgumentChecks() throws {
    let scratch = try ScratchDirectory()
    let workbook = try Workbook(path: scratch.path("args.xlsx"))
    let sheet = try workbook.addWorksheet(named: "S")
    #expect(
      kind { try sheet.writeDate(year: 2023, month: 2, day: 29, row: 0, column: 0) }
        == .invalidArgument)
    #expect(kind { try sheet.setHeader(String(repeating: "א", count: 256)) } == .stringTooLong)
    #expect(
      kind { try sheet.write("x", row: 0, column: 0, style: CellStyle(indent: 99)) }
        == .invalidArgument)
    let longFormat = String(repeating: "0", count: 128)
    #expect(
      kind { try sheet.write(1, row: 0, column: 0, style: CellStyle(numberFormat: longFormat)) }
        == .stringTooLong)
    #expect(
      kind {
        try sheet.addTable(firstRow: 0, firstColumn: 0, lastRow: 3, lastColumn: 2, columns: ["a"])
      } == .invalidArgument)
    #expect(
      kind {
        try sheet.mergeRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 0, text: "")
      } == .invalidArgument)
    try workbook.close()
  }

  @Test func constantMemoryRefusesEarlierRowsAndTables() throws {
    let scratch = try ScratchDirectory()
    let options = WorkbookOptions(constantMemory: true)
    let workbook = try Workbook(path: scratch.path("streamed.xlsx"), options: options)
    let sheet = try workbook.addWorksheet(named: "S")
    try sheet.write("first", row: 5, column: 0)
    try sheet.write("next", row: 6, column: 0)
    let late = #expect(throws: XlsxError.self) { try sheet.write("late", row: 5, column: 1) }
    #expect(late?.code != nil)
    #expect(late?.message.contains("index out of range") == true)
    let table = #expect(throws: XlsxError.self) {
      try sheet.addTable(firstRow: 8, firstColumn: 0, lastRow: 9, lastColumn: 0, columns: ["a"])
    }
    #expect(table?.code != nil)
    #expect(table?.message.contains("not currently supported") == true)
    try workbook.close()
    let contents = try XlsxFile(path: scratch.path("streamed.xlsx")).sheet(named: "S")
    #expect(contents.string(at: "A6") == "first")
    #expect(contents.cells["B6"] == nil)
  }

  @Test func closedWorkbookIsInert() throws {
    let scratch = try ScratchDirectory()
    let workbook = try Workbook(path: scratch.path("closed.xlsx"))
    let sheet = try workbook.addWorksheet(named: "S")
    let chart = try workbook.addChart(.line)
    try workbook.close()
    try workbook.close()
    #expect(!workbook.isOpen)
    #expect(kind { try sheet.write("late", row: 0, column: 0) } == .workbookClosed)
    #expect(kind { _ = try workbook.addWorksheet(named: "T") } == .workbookClosed)
    #expect(kind { try chart.setTitle("late") } == .workbookClosed)
    #expect(FileManager.default.fileExists(atPath: scratch.path("closed.xlsx")))
  }

  @Test(arguments: [false, true])
  func abandonedWorkbookWritesNothing(constantMemory: Bool) throws {
    let scratch = try ScratchDirectory()
    do {
      let options = WorkbookOptions(constantMemory: constantMemory)
      let workbook = try Workbook(path: scratch.path("abandoned.xlsx"), options: options)
      let sheet = try workbook.addWorksheet(named: "S")
      try sheet.write("never saved", row: 0, column: 0)
      _ = try workbook.addChart(.column)
    }
    #expect(!FileManager.default.fileExists(atPath: scratch.path("abandoned.xlsx")))
  }

  @Test func unwritablePathReportsTheLibraryMessage() throws {
    let scratch = try ScratchDirectory()
    let workbook = try Workbook(path: scratch.path("missing/dir/book.xlsx"))
    try workbook.addWorksheet(named: "S").write("x", row: 0, column: 0)
    do {
      try workbook.close()
      Issue.record("closing into a missing directory should fail")
    } catch let error as XlsxError {
      #expect(error.code != nil)
      #expect(error.message.localizedCaseInsensitiveContains("creating output xlsx file"))
      #expect(error.description.contains("missing/dir/book.xlsx"))
    }
    #expect(!workbook.isOpen)
  }
}
