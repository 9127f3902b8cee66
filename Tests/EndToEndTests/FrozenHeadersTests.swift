import Foundation
import Testing
import XlsxReading

/// What stays in view as a sheet scrolls (issue #14 item 11): a one-table sheet freezes down to
/// its table's header, a sheet of several tables its title lines, and nothing more.
@Suite("Frozen headers of the shipped workbook")
struct FrozenHeadersTests {
  @Test(
    "every sheet freezes its header or its title, never half a screen", arguments: ["he", "en"])
  func frozenHeaders(language: String) throws {
    let workspace = try Workspace(copying: Paths.shippedInputs)
    defer { workspace.remove() }
    let result = try workspace.run(["workbook", "2026-Q3", "--lang", language])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let file = XlsxFile(path: workspace.report("committee", "2026-Q3", "xlsx").path)
    for name in try file.sheetNames {
      let sheet = try file.sheet(named: name)
      let pane = try #require(sheet.frozenPane, "\(name) freezes nothing")
      // A laptop shows some 25 rows: a title and a header, at most, stay
      // (Definitions has a title of one line).
      #expect((1...6).contains(pane.rows), "\(name) freezes \(pane.rows) rows")
    }
    // The several-table sheets freeze their title and the line under it, not a table's header.
    let titled =
      language == "he"
      ? ["סיכום", "בדיקות", "שלמות הדיווח"] : ["Summary", "Checks", "Completeness"]
    for name in titled {
      #expect(try file.sheet(named: name).frozenPane?.rows == 2, "\(name)")
    }
  }
}
