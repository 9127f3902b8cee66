import Foundation
import Testing
import XlsxReading

/// A catalog change between the two quarters of a comparison is reported as such, never as a change
/// in performance. 2026-Q1 is published (its record keeps the catalog it used); then indicators.csv
/// loses `tourism.attractions`, gains `tourism.visitors_per_room` and changes the dropouts formula;
/// 2026-Q2, not published yet, is read with today's catalog.
@Suite("Compare: catalog changes")
struct CatalogChangeTests {
  func changedCatalog() throws -> Workspace {
    let workspace = try Workspace(fixture: "compare")
    let published = try workspace.run(["workbook", "2026-Q1", "--lang", "en"])
    #expect(published.status == 0, "stderr: \(published.stderr)")
    let path = workspace.inputs.appendingPathComponent("indicators.csv")
    var lines = try workspace.text(path).split(separator: "\n").map(String.init)
    lines.removeAll { $0.hasPrefix("tourism.attractions,") }
    lines.insert(
      "tourism.visitors_per_room,tourism,מבקרים לחדר,Visitors per room,ratio,"
        + "tourism.visitors / tourism.hotel_rooms,up,no", at: 6)
    lines = lines.map {
      $0.replacingOccurrences(
        of: "rehabilitation.trainees_graduated,down",
        with: "rehabilitation.trainees_graduated - 1,down")
    }
    try workspace.write(lines.joined(separator: "\n") + "\n", to: "Inputs/indicators.csv")
    return workspace
  }

  @Test("Added, removed and redefined indicators get catalog verdicts, with what changed")
  func verdicts() throws {
    let workspace = try changedCatalog()
    defer { workspace.remove() }
    let result = try workspace.run(["compare", "2026-Q1", "2026-Q2", "--lang", "en"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(!result.stderr.contains("restated"), "compare publishes nothing")
    let file = XlsxFile(path: workspace.comparison("2026-Q1_vs_2026-Q2", "xlsx").path)
    let sheet = try file.sheet(named: "Indicators")
    // Tourism in today's order, then the removed indicator; then rehabilitation.
    let ids = (5...14).map { sheet.string(at: "C\($0)") }
    #expect(
      ids == [
        "tourism.visitors_total", "tourism.rooms", "tourism.complaints", "tourism.guides",
        "tourism.budget_execution", "tourism.visitors_per_room", "tourism.attractions",
        "rehabilitation.graduation_rate", "rehabilitation.graduates", "rehabilitation.dropouts",
      ])
    // Added: computed with today's formula, 12000 / 450 in 2026-Q1; rooms n/a in 2026-Q2.
    #expect(sheet.string(at: "J10") == "added to the catalog")
    // The workbook keeps 16 significant digits.
    #expect(abs((sheet.number(at: "F10") ?? 0) - 12000.0 / 450.0) < 1e-12)
    #expect(sheet.string(at: "G10") == "—")
    // Removed: today's catalog cannot compute it; 2026-Q1's value is the published 200.
    #expect(sheet.string(at: "B11") == "Active attractions")
    #expect(sheet.string(at: "J11") == "removed from the catalog")
    #expect(sheet.number(at: "F11") == 200)
    #expect(sheet.string(at: "G11") == "—")
    #expect(sheet.string(at: "P11") == "removed from the catalog")
    // Redefined: values with today's formula (0 - 5 - 1, 60 - 40 - 1), but no performance verdict.
    #expect(sheet.number(at: "F14") == -6)
    #expect(sheet.number(at: "G14") == 19)
    #expect(sheet.string(at: "J14") == "definition changed")
    #expect(
      sheet.string(at: "Q14")
        == "Formula: rehabilitation.trainees_enrolled - rehabilitation.trainees_graduated → "
        + "(rehabilitation.trainees_enrolled - rehabilitation.trainees_graduated) - 1")
    let summary = try file.sheet(named: "Summary")
    // Tourism: improved 3, unchanged 0 (attractions left), new 1, no longer reported 1, catalog 2.
    #expect(
      [("B7", 3.0), ("D7", 0), ("E7", 1), ("F7", 1), ("H7", 2)].allSatisfy {
        summary.number(at: $0.0) == $0.1
      })
    // Rehabilitation: the dropouts are no longer counted as worsened.
    #expect(summary.number(at: "C8") == 0)
    #expect(summary.number(at: "H8") == 1)
    #expect(
      !(17...21).contains { summary.string(at: "A\($0)") == "Trainees not graduated" },
      "a redefined indicator is not a mover")
    let catalog = try file.sheet(named: "Catalog changes")
    #expect(catalog.string(at: "C6") == "tourism.visitors_per_room")
    #expect(catalog.string(at: "D7") == "removed from the catalog")
    #expect(catalog.string(at: "C8") == "rehabilitation.dropouts")
    let text = try workspace.text(workspace.comparison("2026-Q1_vs_2026-Q2", "txt"))
    #expect(text.contains("■ Catalog changes\n  These indicators are not judged better or worse"))
  }

  @Test("run publishes every quarter with today's catalog: its comparisons show no catalog change")
  func runUsesTodaysCatalog() throws {
    let workspace = try changedCatalog()
    defer { workspace.remove() }
    let result = try workspace.run(["--lang", "en"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    // The republished 2026-Q1 names the formula change and the removed indicator instead.
    #expect(
      result.stderrLines.contains {
        $0.hasPrefix("Reports/2026-Q1/indicators-2026-Q1.csv:6:1: warning: 2026-Q1: ")
          && $0.hasSuffix(
            "(tourism.attractions): Quarter value 200 → —, Year to date 200 → —; "
              + "removed from the catalog")
      }, "\(result.stderr)")
    let text = try workspace.text(workspace.comparison("2026-Q1_vs_2026-Q2", "txt"))
    #expect(text.contains("The indicators are defined the same way in both quarters"))
  }
}
