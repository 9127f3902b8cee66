import Foundation
import Testing
import XlsxReading

/// The workbook as a file: the same inputs give the same bytes, and every sheet prints landscape
/// on A4, one page wide, with its header row repeated and a footer in the reader's order.
@Suite("Workbook file and print setup")
struct WorkbookFileTests {
  @Test("rerunning on unchanged inputs writes a byte-identical workbook, from either command")
  func deterministic() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    let workbook = workspace.report("committee", "2026-Q2", "xlsx")
    #expect(try workspace.run(["workbook", "2026-Q2"]).status == 0)
    let first = try Data(contentsOf: workbook)
    #expect(try workspace.run(["workbook", "2026-Q2"]).status == 0)
    #expect(try Data(contentsOf: workbook) == first)
    // `run` loads every quarter, later ones too; the 2026-Q2 workbook must not change.
    #expect(try workspace.run(["run"]).status == 0)
    #expect(try Data(contentsOf: workbook) == first)
  }

  @Test(
    "print: landscape A4, one page wide, repeated header, footer per language",
    arguments: [
      "he", "en",
    ])
  func printSetup(_ language: String) throws {
    let workbook = try WrittenWorkbook(["--lang", language])
    defer { workbook.remove() }
    let names = try workbook.file.sheetNames
    for name in names {
      let sheet = try workbook.sheet(name)
      #expect(sheet.pageSetup["orientation"] == "landscape", "\(name)")
      #expect(sheet.pageSetup["paperSize"] == "9", "\(name)")
      // One page wide: fitted to it, or, where pages break before a block that must stay whole
      // (Excel ignores manual breaks on a fitted sheet), scaled to it with the breaks written.
      let breaks = sheet.root.child(named: "rowBreaks")
      if breaks == nil {
        #expect(sheet.pageSetup["fitToHeight"] == "0", "\(name)")
        #expect(sheet.fitsToPage, "\(name)")
      } else {
        #expect(!sheet.fitsToPage, "\(name)")
        #expect(Int(sheet.pageSetup["scale"] ?? "") != nil, "\(name)")
      }
      #expect(sheet.footer?.contains("&C2026-Q2") == true, "\(name)")
    }
    let tourism = try workbook.sheet(names[1])
    // The sheet's name where its reader starts: on the right in Hebrew, the page number opposite.
    let expected =
      language == "he"
      ? "&R\u{202B}תיירות\u{202C}&C2026-Q2&L&P / &N" : "&LTourism&C2026-Q2&RPage &P of &N"
    #expect(tourism.footer == expected)
    // Engine sheets repeat their activities' header, the table that runs on over pages; the
    // long tables (history, activities) theirs.
    let titles = try workbook.file.definedNames.filter { $0.name == "_xlnm.Print_Titles" }
    let activities = try #require(
      tourism.row(where: "A", is: language == "he" ? "שם הפעילות" : "Title (as entered)"))
    #expect(
      titles.contains { $0.sheet == 1 && $0.formula.hasSuffix("!$\(activities):$\(activities)") })
    #expect(titles.contains { $0.sheet == 5 && $0.formula.hasSuffix("!$4:$4") })
    #expect(titles.contains { $0.sheet == 6 && $0.formula.hasSuffix("!$4:$4") })
  }
}
