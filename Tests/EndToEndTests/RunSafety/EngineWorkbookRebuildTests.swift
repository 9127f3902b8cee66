import Foundation
import Testing
import XlsxReading

/// An engine committee's workbook (`workbook Q --engine ID`) in a quarter's folder is a report of
/// that quarter: rebuilt whenever the quarter is, never left behind from older inputs.
@Suite("Engine workbooks are rebuilt with their quarter")
struct EngineWorkbookRebuildTests {
  static let tourism = "committee-2026-Q3-tourism.xlsx"

  @Test("after a target changes, run rebuilds the engine workbook as `workbook --engine` writes it")
  func rebuiltWithItsQuarter() throws {
    let workspace = try Workspace(copying: Paths.shippedInputs)
    defer { workspace.remove() }
    #expect(try workspace.run(["run", "--lang", "en"]).status == 0)
    let folder = workspace.reports.appendingPathComponent("2026-Q3")
    #expect(
      try workspace.run(["workbook", "2026-Q3", "--engine", "tourism", "--lang", "en"]).status == 0)
    let engineWorkbook = folder.appendingPathComponent(Self.tourism)
    let before = try Data(contentsOf: engineWorkbook)
    // A workbook of an engine the catalog no longer has is not kept.
    let gone = folder.appendingPathComponent("committee-2026-Q3-gone.xlsx")
    try before.write(to: gone)
    // The tourism visitors' target for 2026-Q3: 24,500 → 20,000 (amber → green).
    let targets = workspace.inputs.appendingPathComponent("targets.csv")
    let text = try workspace.text(targets)
    #expect(text.contains("tourism.visitors_total,2026-Q3,"))
    try Data(
      text.replacingOccurrences(
        of: #"tourism.visitors_total,2026-Q3,"24,500""#,
        with: "tourism.visitors_total,2026-Q3,20000"
      ).utf8
    ).write(to: targets)

    let run = try workspace.run(["run", "--lang", "en"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.contains("wrote Reports/2026-Q3/\(Self.tourism)"), "\(run.stderr)")
    #expect(!workspace.exists(gone))
    let rebuilt = try Data(contentsOf: engineWorkbook)
    #expect(rebuilt != before)
    let sheet = try XlsxFile(path: engineWorkbook.path).sheet(named: "Tourism")
    let row = try #require(sheet.row(where: "A", is: "Visitors total"))
    #expect(sheet.text(at: "M4") == "Status" && sheet.text(at: "K4") == "Quarter target")
    #expect(sheet.number(at: "K\(row)") == 20000)
    #expect(sheet.text(at: "M\(row)") == "● green")
    // The same bytes as the engine's workbook written by hand from the same inputs.
    #expect(
      try workspace.run(["workbook", "2026-Q3", "--engine", "tourism", "--lang", "en"]).status == 0)
    #expect(try Data(contentsOf: engineWorkbook) == rebuilt)
  }
}
