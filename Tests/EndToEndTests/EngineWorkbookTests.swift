import Foundation
import Testing
import XlsxReading

/// `prosperity workbook QUARTER --engine ID`: one engine committee's own workbook.
@Suite("Workbook of one engine")
struct EngineWorkbookTests {
  @Test("--engine tourism writes only that engine's workbook, with only its indicators")
  func oneEngine() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    let result = try workspace.run(["workbook", "2026-Q2", "--engine", "tourism", "--lang", "en"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let path = workspace.reports.appendingPathComponent("2026-Q2/committee-2026-Q2-tourism.xlsx")
    let relative = path.path.replacingOccurrences(of: workspace.root.path + "/", with: "")
    #expect(
      result.stderrLines.filter { $0.contains(" info: wrote ") }.map {
        $0.suffix(relative.count + 6)
      } == ["wrote \(relative)"])
    #expect(!workspace.exists(workspace.report("committee", "2026-Q2", "xlsx")))
    #expect(!workspace.exists(workspace.report("indicators", "2026-Q2", "csv")))
    let file = XlsxFile(path: path.path)
    #expect(
      try file.sheetNames == [
        "Summary", "Tourism", "Comments & progress", "By locality", "Indicator history",
        "Activities", "Data quality", "Completeness", "Checks", "Definitions",
      ])
    let summary = try file.sheet(named: "Summary")
    // Page 1 built exception-first for the engine alone: its key messages, its red and amber
    // indicators, then its headline indicators.
    #expect(
      summary.string(at: "A5")
        == "• Status of the 3 indicators: 1 red, 1 amber, 1 green and 0 grey (in 2026-Q1: 1 red, "
        + "0 amber, 0 green and 2 grey).")
    #expect(
      summary.string(at: "A6")
        == "• Largest moves from a year ago: Visitors in the region +20%, Active guest rooms +15%.")
    #expect(summary.string(at: "A7") == "• The one red indicator has no explanation.")
    #expect(summary.string(at: "A14") == "Red and amber indicators – for the committee")
    #expect((16...18).map { summary.string(at: "C\($0)") } == ["○ red", "▲ amber", nil])
    #expect(summary.string(at: "A21") == "Tourism")
    #expect(summary.string(at: "A24") == nil)  // no other engine below
    // Three tourism indicators × five quarters.
    #expect(try file.tables(onSheet: "Indicator history").map(\.ref) == ["A4:M19"])
    #expect(try file.tables(onSheet: "Activities").map(\.ref) == ["A4:O6"])
    // Only the tourism files are listed, after the catalog's five.
    let definitions = try file.sheet(named: "Definitions")
    let listed = definitions.cells.values.compactMap { cell -> String? in
      if case .text(let text) = cell.value, text.hasPrefix("Inputs/2026-Q2/") { return text }
      return nil
    }
    #expect(
      Set(listed) == ["Inputs/2026-Q2/tourism-kpis.csv", "Inputs/2026-Q2/tourism-activities.csv"])
    // The partial year to date of tourism is still reported; nothing of rehabilitation is.
    #expect(result.stderr.contains("Tourism"))
    #expect(!result.stderr.contains("Rehabilitation"))
  }

  @Test("the other engine's problems stay out of an engine's workbook")
  func problemsOfOthers() throws {
    let workspace = try Workspace(fixture: "bad")
    defer { workspace.remove() }
    let result = try workspace.run(["workbook", "2026-Q2", "--engine", "rehabilitation"])
    #expect(result.status == 65)
    #expect(!result.stderr.contains("tourism-kpis.csv"))
    #expect(!result.stderr.contains("notes.csv"))
    #expect(result.stderr.contains("rehabilitation-kpis.csv:3:47"))
    #expect(result.stderr.contains("indicators.csv:8:81"))  // the catalog concerns every engine
  }

  @Test("an unknown engine is a usage error that names the engines")
  func unknownEngine() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    let result = try workspace.run(["workbook", "2026-Q2", "--engine", "space", "--lang", "en"])
    #expect(result.status == 64)
    #expect(
      result.stderr
        == "prosperity: error: there is no engine 'space' in the catalog (the engines: tourism, "
        + "rehabilitation)\n")
    #expect(!workspace.exists(workspace.reports))
  }
}
