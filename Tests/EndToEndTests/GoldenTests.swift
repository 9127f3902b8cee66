import Foundation
import Testing

/// The text summary and the indicators CSV of the clean fixture's 2026-Q2 against golden files
/// (see Support/Golden.swift for re-recording). The goldens were read and checked against the hand
/// computation in CleanIndicatorsTests: e.g. visitors 18,000 (partial) of an expected 20,000 = 90%
/// amber; graduation rate 66.7%, YTD 75.0% against 60.0% = 125% green; movers graduates 5 → 40
/// (+700%), dropouts -5 → 20 (+500%, worse), budget execution 12.5% → 25.0% (+100%).
@Suite("Golden files: summary (Hebrew, English) and indicators CSV")
struct GoldenTests {
  @Test("Hebrew summary on stdout (the default language) and in the report file")
  func hebrewSummary() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    let printed = try workspace.run(["summary", "2026-Q2"])
    #expect(printed.status == 0, "stderr: \(printed.stderr)")
    try Golden.check(printed.stdout, against: "summary-2026-Q2.he.txt")
    let written = try workspace.run(["workbook", "2026-Q2"])
    #expect(written.status == 0)
    #expect(try workspace.text(workspace.report("summary", "2026-Q2", "txt")) == printed.stdout)
  }

  @Test("English summary with --lang en")
  func englishSummary() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    let printed = try workspace.run(["summary", "2026-Q2", "--lang", "en"])
    #expect(printed.status == 0, "stderr: \(printed.stderr)")
    try Golden.check(printed.stdout, against: "summary-2026-Q2.en.txt")
  }

  @Test("Indicators CSV, identical in both languages")
  func indicatorsCSV() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    #expect(try workspace.run(["workbook", "2026-Q2", "--lang", "en"]).status == 0)
    let english = try workspace.text(workspace.report("indicators", "2026-Q2", "csv"))
    try Golden.check(english, against: "indicators-2026-Q2.csv")
    #expect(try workspace.run(["workbook", "2026-Q2"]).status == 0)
    #expect(try workspace.text(workspace.report("indicators", "2026-Q2", "csv")) == english)
  }
}
