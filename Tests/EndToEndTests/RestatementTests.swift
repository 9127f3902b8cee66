import Foundation
import Testing
import XlsxReading

/// Restatements: a quarter's inputs change after its reports were written; the next run shows
/// which published values changed (old → new, with the file that changed) on stderr, in that
/// quarter's summary and on a sheet of its workbook. Fixtures/compare: 2026-Q1 reported 5
/// graduates of 0 enrolled; the edit makes it 8.
@Suite("Restatements of published values")
struct RestatementTests {
  static let edited = "Inputs/2026-Q1/rehabilitation-kpis.csv"

  func editGraduates(_ workspace: Workspace) throws {
    try workspace.write(
      "measure,value,locality,source,notes\nrehabilitation.trainees_enrolled,0,,משרד הרווחה,\n"
        + "rehabilitation.trainees_graduated,8,,משרד הרווחה,\n", to: Self.edited)
  }

  @Test("run, edit a past quarter's KPI file, run again: old → new on stderr naming the file")
  func stderrLines() throws {
    let workspace = try Workspace(fixture: "compare")
    defer { workspace.remove() }
    let first = try workspace.run(["--lang", "en"])
    #expect(first.status == 0, "stderr: \(first.stderr)")
    #expect(!first.stderr.contains("restated"))
    try editGraduates(workspace)
    let second = try workspace.run(["--lang", "en"])
    #expect(second.status == 0, "warnings only: \(second.stderr)")
    let restated = second.stderrLines.filter { $0.contains("restated") }
    // 2026-Q1: graduates 5 → 8 (YTD too; attainment 5 / 50 → 8 / 50); dropouts 0 - 5 → 0 - 8.
    // 2026-Q2 (its YTD reads 2026-Q1): graduation rate (5 + 40) / 60 → (8 + 40) / 60, so
    // attainment 0.75 / 0.6 → 0.8 / 0.6; graduates YTD 45 → 48; dropouts (a difference of flows,
    // accumulating) YTD 60 - 45 → 60 - 48,
    // attainment (18 × 2/4) / 15 → 9 / 12. Graduation rate in 2026-Q1 stays undefined (8 / 0).
    let changed = "; changed: \(Self.edited)"
    #expect(
      restated == [
        "Reports/2026-Q1/indicators-2026-Q1.csv:9:1: warning: 2026-Q1: a published value was "
          + "restated – Graduates (rehabilitation.graduates): Quarter value 5 → 8, "
          + "Year to date 5 → 8, Attainment 10% → 16%" + changed,
        "Reports/2026-Q1/indicators-2026-Q1.csv:10:1: warning: 2026-Q1: a published value was "
          + "restated – Trainees not graduated (rehabilitation.dropouts): Quarter value -5 → -8, "
          + "Year to date -5 → -8" + changed,
        "Reports/2026-Q2/indicators-2026-Q2.csv:8:1: warning: 2026-Q2: a published value was "
          + "restated – Graduation rate (rehabilitation.graduation_rate): "
          + "Year to date 75.0% → 80.0%, Attainment 125% → 133%" + changed,
        "Reports/2026-Q2/indicators-2026-Q2.csv:9:1: warning: 2026-Q2: a published value was "
          + "restated – Graduates (rehabilitation.graduates): Year to date 45 → 48, "
          + "Attainment 45% → 48%" + changed,
        "Reports/2026-Q2/indicators-2026-Q2.csv:10:1: warning: 2026-Q2: a published value was "
          + "restated – Trainees not graduated (rehabilitation.dropouts): Year to date 15 → 12, "
          + "Attainment 60% → 75%" + changed,
      ], "\(second.stderr)")
    // Until the inputs change again, every rebuild of the quarter shows the same restatements,
    // now pointing at the superseded publication kept beside the reports.
    let third = try workspace.run(["--force", "--lang", "en"])
    #expect(
      third.stderrLines.filter { $0.contains("restated") }
        == restated.map {
          $0.replacingOccurrences(of: "/indicators-", with: "/superseded-indicators-")
        }, "\(third.stderr)")
    #expect(
      try XlsxFile(path: workspace.report("committee", "2026-Q1", "xlsx").path).sheetNames
        .contains("Restatements"))
    // A change that moves no figure ends them.
    let file = workspace.root.appendingPathComponent(Self.edited)
    try (try Data(contentsOf: file) + Data("\n".utf8)).write(to: file)
    let fourth = try workspace.run(["--lang", "en"])
    #expect(!fourth.stderr.contains("restated"), "\(fourth.stderr)")
    #expect(
      !(try XlsxFile(path: workspace.report("committee", "2026-Q1", "xlsx").path).sheetNames
        .contains("Restatements")))
  }

  @Test("The restated quarter's summary and workbook show old → new and the file")
  func summaryAndWorkbook() throws {
    let workspace = try Workspace(fixture: "compare")
    defer { workspace.remove() }
    #expect(try workspace.run(["workbook", "2026-Q1", "--lang", "en"]).status == 0)
    let before = try workspace.text(workspace.report("summary", "2026-Q1", "txt"))
    #expect(!before.contains("Restated values"))
    try editGraduates(workspace)
    let result = try workspace.run(["workbook", "2026-Q1", "--lang", "en"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let summary = try workspace.text(workspace.report("summary", "2026-Q1", "txt"))
    let section = try #require(summary.range(of: "■ Restated values")).lowerBound
    let lines = summary[section...].split(separator: "\n").map(String.init)
    #expect(
      lines.prefix(4) == [
        "■ Restated values",
        "  Values of 2026-Q1 that changed since they were published, because input files or "
          + "indicator definitions changed",
        "  Graduates               Quarter value  5 → 8      changed: \(Self.edited)",
        "                          Year to date   5 → 8",
      ], "\(summary)")
    let file = XlsxFile(path: workspace.report("committee", "2026-Q1", "xlsx").path)
    #expect(try file.sheetNames.last == "Restatements")
    let sheet = try file.sheet(named: "Restatements")
    #expect(sheet.string(at: "B5") == "Graduates")
    #expect(sheet.string(at: "C5") == "rehabilitation.graduates")
    #expect(sheet.string(at: "D5") == "Quarter value")
    #expect(sheet.number(at: "E5") == 5)
    #expect(sheet.number(at: "F5") == 8)
    #expect(sheet.string(at: "G5") == "changed: \(Self.edited)")
    #expect(sheet.string(at: "D7") == "Attainment")
    #expect(sheet.number(at: "E7") == 0.1)
    #expect(sheet.number(at: "F7") == 8.0 / 50.0)
    #expect(sheet.string(at: "B8") == "Trainees not graduated")
    #expect(sheet.number(at: "F8") == -8)
  }

  @Test("A changed formula is named as the cause of every restated quarter")
  func formulaChange() throws {
    let workspace = try Workspace(fixture: "compare")
    defer { workspace.remove() }
    #expect(try workspace.run(["workbook", "2026-Q2", "--lang", "en"]).status == 0)
    let catalog = try workspace.text(workspace.inputs.appendingPathComponent("indicators.csv"))
    try workspace.write(
      catalog.replacingOccurrences(
        of: "rehabilitation.trainees_enrolled - rehabilitation.trainees_graduated,down",
        with: "rehabilitation.trainees_enrolled - rehabilitation.trainees_graduated - 1,down"),
      to: "Inputs/indicators.csv")
    let result = try workspace.run(["workbook", "2026-Q2", "--lang", "en"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let line = try #require(result.stderrLines.first { $0.contains("restated") })
    // 60 - 40 = 20 → 60 - 40 - 1 = 19; YTD 15 → 14. The difference of flows accumulated
    // (expected 18 × 2/4 = 9, attainment 9 / 15); less a constant it no longer does (expected 18,
    // attainment 18 / 14).
    #expect(
      line
        == "Reports/2026-Q2/indicators-2026-Q2.csv:10:1: warning: 2026-Q2: a published value was "
        + "restated – Trainees not graduated (rehabilitation.dropouts): Quarter value 20 → 19, "
        + "Year to date 15 → 14, Expected by now 9 → 18, Attainment 60% → 129%, "
        + "Status ○ red → ● green; Formula: "
        + "rehabilitation.trainees_enrolled - rehabilitation.trainees_graduated → "
        + "(rehabilitation.trainees_enrolled - rehabilitation.trainees_graduated) - 1; "
        + "changed: Inputs/indicators.csv")
    #expect(result.stderrLines.filter { $0.contains("restated") }.count == 1)
  }

  @Test("A seasonal indicator's restatement names the edited file of the year before")
  func seasonalShareFromTheYearBefore() throws {
    // The clean fixture with a 2025-Q1 (a copy of 2025-Q2), so 2025 is full: 15,000 visitors a
    // quarter, 2025's share by Q2 is 30,000 / 60,000 = 0.5 and expected 40,000 × 0.5 = 20,000.
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    let fixture = workspace.inputs.appendingPathComponent("2025-Q2")
    try FileManager.default.copyItem(
      at: fixture, to: workspace.inputs.appendingPathComponent("2025-Q1"))
    let catalog = try workspace.text(workspace.inputs.appendingPathComponent("indicators.csv"))
    let lines = catalog.split(separator: "\n").map(String.init)
    try workspace.write(
      ([lines[0] + ",phasing"]
        + lines.dropFirst().map {
          $0 + ($0.hasPrefix("tourism.visitors_total") ? ",seasonal" : ",")
        })
        .joined(separator: "\n") + "\n", to: "Inputs/indicators.csv")
    let first = try workspace.run(["workbook", "2026-Q2", "--lang", "en"])
    #expect(first.status == 0, "stderr: \(first.stderr)")
    let published = IndicatorsTable(
      try workspace.text(workspace.report("indicators", "2026-Q2", "csv")))
    #expect(published.row("tourism.visitors_total")?["expected"] == "20000")
    #expect(published.row("tourism.visitors_total")?["basis"] == "ytd_vs_annual_seasonal")
    // 2025-Q3 gets 3,000 more visitors in Sderot: 18,000, a year of 63,000; 30,000 / 63,000 of
    // 40,000 = 19,047.6 expected, 18,000 / 19,047.6 = 94.5%.
    let edited = "Inputs/2025-Q3/tourism-kpis.csv"
    let file = try workspace.text(workspace.root.appendingPathComponent(edited))
    try workspace.write(
      file.replacingOccurrences(
        of: "tourism.visitors,\"2,000\",Sderot", with: "tourism.visitors,\"5,000\",Sderot"),
      to: edited)
    let second = try workspace.run(["workbook", "2026-Q2", "--lang", "en"])
    #expect(second.status == 0, "stderr: \(second.stderr)")
    let line = try #require(second.stderrLines.first { $0.contains("restated") })
    #expect(line.contains("Visitors in the region (tourism.visitors_total)"), "\(line)")
    #expect(line.contains("Expected by now 20,000 → 19,047.6"), "\(line)")
    #expect(line.hasSuffix("changed: \(edited)"), "\(line)")
  }

  @Test("A corrupt or missing record is a warning, never a crash; the record is written again")
  func damagedRecord() throws {
    let workspace = try Workspace(fixture: "compare")
    defer { workspace.remove() }
    #expect(try workspace.run(["--lang", "en"]).status == 0)
    let record = "Reports/2026-Q1/indicators-2026-Q1.csv"
    try workspace.write("engine,indicator\u{0}\n", to: record)
    let csv = workspace.report("indicators", "2026-Q2", "csv")
    let published = try workspace.text(csv)
    try workspace.write(
      published.replacingOccurrences(
        of: "tourism,tourism.visitors_total,2026-Q2,18000,",
        with: "tourism,tourism.visitors_total,2026-Q2,18k,"),
      to: "Reports/2026-Q2/indicators-2026-Q2.csv")
    try FileManager.default.removeItem(at: workspace.report("indicators", "2025-Q2", "csv"))
    // The inputs did not change, so only --force rebuilds the quarters whose records were damaged.
    let result = try workspace.run(["--force", "--lang", "en"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let warnings = result.stderrLines
    #expect(
      warnings.contains {
        $0.hasPrefix("\(record):1:") && $0.contains("warning: the file holds a NUL byte")
      }, "\(result.stderr)")
    #expect(
      warnings.contains(
        "\(record): warning: the record of what was published for 2026-Q1 cannot be read; "
          + "restated values are not checked"))
    #expect(
      warnings.contains(
        "Reports/2026-Q2/indicators-2026-Q2.csv:2:40: warning: '18k' in the published record is "
          + "not a number; the row is not checked"), "\(result.stderr)")
    #expect(
      warnings.contains {
        $0.hasPrefix(
          "Reports/2025-Q2/indicators-2025-Q2.csv: warning: the reports of 2025-Q2 "
            + "were written before but the record")
      }, "\(result.stderr)")
    #expect(!result.stderr.contains("restated –"))
    #expect(
      try workspace.text(workspace.report("indicators", "2026-Q1", "csv")).hasPrefix(
        "engine,indicator,quarter,"))
    #expect(try workspace.text(csv) == published)
  }
}
