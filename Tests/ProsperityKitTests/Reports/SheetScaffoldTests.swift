import Foundation
import Testing
import XlsxReading
import XlsxWriter

@testable import ProsperityModel
@testable import ProsperityReports

/// The frame every sheet shares, written through the cursor and read back from the file: title
/// and lines, a blank row, the header frozen and filtered, an empty table's message, an Excel table
/// or its streamed stand-in, fixed widths, and the rows each sheet asks to print on every page.
@Suite("Sheet scaffold")
struct SheetScaffoldTests {
  /// Writes a workbook of sheets made by `sheets` (each given a cursor on a new tab) and reads it.
  static func written(
    constantMemory: Bool = false, _ sheets: [(String, (inout SheetCursor) throws -> Void)]
  ) throws -> XlsxFile {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("scaffold-\(UUID().uuidString).xlsx").path
    let workbook = try Workbook(
      path: path, options: WorkbookOptions(constantMemory: constantMemory))
    let styles = try WorkbookFormats(WorkbookStyles(language: .english), in: workbook)
    for (name, write) in sheets {
      var cursor = SheetCursor(try workbook.addWorksheet(named: name), styles: styles)
      try write(&cursor)
    }
    try workbook.close()
    return XlsxFile(path: path)
  }

  @Test("heading, frozen header, rows and filter land where the sheet's frame says")
  func table() throws {
    var printings: [SheetPrinting] = []
    let file = try Self.written([
      (
        "Table",
        { cursor in
          try cursor.heading("Title", ["First line", "Second line"])
          try cursor.tableHeader(["Name", "Count", "Note"], freezing: 1)
          for index in 1...2 {
            try cursor.write([
              .text("row \(index)", cursor.styles.text),
              .number(Double(index), cursor.styles.count), .text("", cursor.styles.text),
            ])
          }
          try cursor.filter(otherwise: "never shown")
          try cursor.setColumns([(0...0, 30), (1...2, 12)])
          printings = [
            cursor.printing(repeating: .heading), cursor.printing(repeating: .tableHeader),
            cursor.printing(),
          ]
        }
      )
    ])
    defer { try? FileManager.default.removeItem(atPath: file.path) }
    let sheet = try file.sheet(named: "Table")
    #expect(
      [sheet.string(at: "A1"), sheet.string(at: "A2"), sheet.string(at: "A3")]
        == ["Title", "First line", "Second line"])
    #expect(sheet.cells["A4"] == nil)
    #expect(sheet.string(at: "C5") == "Note")
    #expect(sheet.number(at: "B7") == 2)
    #expect(sheet.frozenPane == FrozenPane(rows: 5, columns: 1, topLeftCell: "B6"))
    #expect(sheet.autoFilterRange == "A5:C7")
    #expect(sheet.string(at: "A8") == nil)
    let columns = sheet.root.descendants(named: "col").map {
      [$0.attributes["min"], $0.attributes["max"], $0.attributes["width"]]
    }
    #expect(columns.map { $0.prefix(2) } == [["1", "1"], ["2", "3"]])
    #expect(printings.map(\.repeating) == [0...2, 4...4, nil])
    #expect(printings.allSatisfy { $0.title == nil })
  }

  @Test("a table without rows says so instead of filtering, and a table not frozen is not")
  func emptyTable() throws {
    let file = try Self.written([
      (
        "Empty",
        { cursor in
          try cursor.heading("Nothing here")
          try cursor.tableHeader(["A", "B"])
          try cursor.filter(otherwise: "No rows")
        }
      ),
      (
        "Quiet",
        { cursor in
          try cursor.heading("Nothing here either")
          try cursor.tableHeader(["A", "B"])
          try cursor.filter()
        }
      ),
    ])
    defer { try? FileManager.default.removeItem(atPath: file.path) }
    let empty = try file.sheet(named: "Empty")
    #expect(empty.string(at: "A3") == "A")
    #expect(empty.string(at: "A4") == "No rows")
    #expect(empty.autoFilterRange == nil)
    #expect(empty.frozenPane == nil)
    let quiet = try file.sheet(named: "Quiet")
    #expect(quiet.lastRow == 3)
    #expect(quiet.autoFilterRange == nil)
  }

  @Test(
    "a filterable table is an Excel table, or a filtered header when streamed or empty",
    arguments: [false, true])
  func filterableTable(streamed: Bool) throws {
    let file = try Self.written(
      constantMemory: streamed,
      [
        (
          "Long",
          { cursor in
            try cursor.heading("Long list")
            try cursor.filterableTable(["Id", "Value"], rows: 2, name: "Long", streamed: streamed)
            try cursor.write([.text("a", cursor.styles.text), .number(1, cursor.styles.count)])
            try cursor.write([.text("b", cursor.styles.text), .number(2, cursor.styles.count)])
            #expect(cursor.printing(repeating: .tableHeader).repeating == 3...3)
          }
        ),
        (
          "None",
          { cursor in
            try cursor.heading("Empty list")
            try cursor.filterableTable(["Id", "Value"], rows: 0, name: "None", streamed: false)
          }
        ),
      ])
    defer { try? FileManager.default.removeItem(atPath: file.path) }
    let long = try file.sheet(named: "Long")
    #expect(long.string(at: "A4") == "Id")
    #expect(long.string(at: "A6") == "b")
    #expect(long.frozenPane?.rows == 4)
    let tables = try file.tables(onSheet: "Long")
    #expect(tables.map(\.ref) == (streamed ? [] : ["A4:B6"]))
    #expect(long.autoFilterRange == (streamed ? "A4:B6" : nil))
    #expect(try file.tables(onSheet: "None").isEmpty)
    #expect(try file.sheet(named: "None").autoFilterRange == "A4:B5")
  }
}
