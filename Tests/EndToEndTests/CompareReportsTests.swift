import Foundation
import Testing
import XlsxReading

/// The comparison's activities, chart, languages, text (golden files), `--engine`, `--output`,
/// and the two comparisons `run` writes for the latest quarter.
@Suite("Compare: activities, chart, text and options")
struct CompareReportsTests {
  @Test("Activities matched by id: new, completed, newly delayed, cancelled, gone, with changes")
  func activities() throws {
    let workspace = try Workspace(fixture: "compare")
    defer { workspace.remove() }
    #expect(try workspace.run(["compare", "2026-Q1", "2026-Q2", "--lang", "en"]).status == 0)
    let file = XlsxFile(path: workspace.comparison("2026-Q1_vs_2026-Q2", "xlsx").path)
    let sheet = try file.sheet(named: "Activities")
    // id, what happened, budget spent before, after, change, participants before, after, change.
    let expected: [(String, String, Double?, Double?, Double?, Double?, Double?, Double?)] = [
      ("TOU-1", "continuing", 16000, 30000, 14000, 5, 12, 7),
      ("TOU-2", "newly delayed", 4000, 10000, 6000, 0, 8, 8),
      ("TOU-3", "completed", 5000, 20000, 15000, 10, 15, 5),
      ("TOU-5", "new", nil, 0, nil, nil, 0, nil),
      ("TOU-4", "gone from the list", 15000, nil, nil, 3, nil, nil),
      ("REH-1", "newly delayed", 20000, 25000, 5000, 10, 10, 0),
      ("REH-2", "cancelled", 2000, 2000, 0, 4, 0, -4),
    ]
    for (offset, row) in expected.enumerated() {
      let line = 5 + offset
      #expect(sheet.string(at: "B\(line)") == row.0)
      #expect(sheet.string(at: "D\(line)") == row.1, "\(row.0)")
      let numbers = [row.2, row.3, row.4, row.5, row.6, row.7]
      for (column, value) in zip(["G", "H", "I", "J", "K", "L"], numbers) {
        if let value {
          #expect(sheet.number(at: "\(column)\(line)") == value, "\(row.0) \(column)")
        } else {
          #expect(sheet.string(at: "\(column)\(line)") == "—", "\(row.0) \(column)")
        }
      }
    }
    #expect(sheet.string(at: "E8") == "—")  // TOU-5 was not in 2026-Q1's list
    #expect(sheet.string(at: "F11") == "cancelled")
    let summary = try file.sheet(named: "Summary")
    // Tourism: 4 → 4 activities; new 1, completed 1, newly delayed 1, cancelled 0, gone 1;
    // spent 40000 → 60000 (+20000); participants 18 → 35 (+17).
    let tourism: [Double] = [4, 4, 1, 1, 1, 0, 1, 40000, 60000, 20000, 18, 35, 17]
    for (index, value) in tourism.enumerated() {
      let column = String(UnicodeScalar(UInt8(66 + index)))
      #expect(summary.number(at: "\(column)12") == value, "tourism \(column)")
    }
  }

  @Test("Headline table engine by engine; one chart of relative change; missing values blank")
  func chart() throws {
    let workspace = try Workspace(fixture: "compare")
    defer { workspace.remove() }
    #expect(try workspace.run(["compare", "2026-Q1", "2026-Q2", "--lang", "en"]).status == 0)
    let file = XlsxFile(path: workspace.comparison("2026-Q1_vs_2026-Q2", "xlsx").path)
    let summary = try file.sheet(named: "Summary")
    // Engine by engine, as engines.csv lists them, each engine's in the catalog's order.
    let rows = [
      ("Tourism", "Visitors in the region"), ("Tourism", "Active guest rooms"),
      ("Tourism", "Active attractions"), ("Tourism", "Budget execution"),
      ("Rehabilitation", "Graduation rate"), ("Rehabilitation", "Trainees not graduated"),
    ]
    for (offset, (engine, name)) in rows.enumerated() {
      #expect(summary.string(at: "A\(25 + offset)") == engine)
      #expect(summary.string(at: "B\(25 + offset)") == name)
    }
    #expect(summary.number(at: "D25") == 12000)
    #expect(summary.number(at: "E25") == 18000)
    #expect(summary.cells["E26"]?.value == .blank)  // rooms: not reported in 2026-Q2
    #expect(summary.cells["D29"]?.value == .blank)  // graduation rate: 5 / 0 in 2026-Q1
    #expect(summary.number(at: "E29") == 40.0 / 60.0)
    // Relative changes on one scale: visitors +50%, attractions +0.5% (unchanged), budget
    // execution +50%, dropouts +500% (worsened); none where a value is missing.
    #expect(summary.number(at: "F25") == 0.5)
    #expect(summary.cells["F26"]?.value == .blank)
    #expect(summary.number(at: "F30") == 5)
    #expect(summary.cells["F29"]?.value == .blank)
    let charts = try file.charts(onSheet: "Summary")
    #expect(charts.count == 1)
    let series = charts.first?.series ?? []
    #expect(series.map(\.categories) == ["'Summary'!$B$25:$B$30"])
    #expect(series.map(\.values) == ["'Summary'!$F$25:$F$30"])
    let changes = try file.xml("xl/charts/chart1.xml")
    #expect(changes.descendants(named: "barDir").first?.attributes["val"] == "bar")
    #expect(changes.allText.contains("2026-Q1") && changes.allText.contains("2026-Q2"))
  }

  @Test("Hebrew by default: right to left, Hebrew sheet names and verdicts")
  func hebrew() throws {
    let workspace = try Workspace(fixture: "compare")
    defer { workspace.remove() }
    #expect(try workspace.run(["compare", "2026-Q1", "2026-Q2"]).status == 0)
    let file = XlsxFile(path: workspace.comparison("2026-Q1_vs_2026-Q2", "xlsx").path)
    #expect(try file.sheetNames == ["סיכום", "מדדים", "פעילויות", "שינויי קטלוג"])
    for name in try file.sheetNames {
      #expect(try file.sheet(named: name).isRightToLeft, "\(name)")
    }
    let indicators = try file.sheet(named: "מדדים")
    #expect(indicators.string(at: "B13") == "נושרים")
    #expect(indicators.string(at: "J13") == "▼ הורע")
    #expect(indicators.string(at: "J9") == "= ללא שינוי")
  }

  @Test("The text, Hebrew and English, against golden files; run writes the same comparison")
  func goldenText() throws {
    let workspace = try Workspace(fixture: "compare")
    defer { workspace.remove() }
    #expect(try workspace.run(["compare", "2026-Q1", "2026-Q2", "--lang", "en"]).status == 0)
    let english = try workspace.text(workspace.comparison("2026-Q1_vs_2026-Q2", "txt"))
    try Golden.check(english, against: "compare-2026-Q1_vs_2026-Q2.en.txt")
    let run = try workspace.run([])
    #expect(run.status == 0, "stderr: \(run.stderr)")
    let hebrew = try workspace.text(workspace.comparison("2026-Q1_vs_2026-Q2", "txt"))
    try Golden.check(hebrew, against: "compare-2026-Q1_vs_2026-Q2.he.txt")
    // run also compares the latest quarter with the same quarter a year earlier.
    let yearAgo = try workspace.text(workspace.comparison("2025-Q2_vs_2026-Q2", "txt"))
    try Golden.check(yearAgo, against: "compare-2025-Q2_vs_2026-Q2.he.txt")
    #expect(workspace.exists(workspace.comparison("2025-Q2_vs_2026-Q2", "xlsx")))
    #expect(!containsNonFiniteToken(english) && !containsNonFiniteToken(yearAgo))
  }

  @Test("--engine narrows to one engine; --output names both files")
  func engineAndOutput() throws {
    let workspace = try Workspace(fixture: "compare")
    defer { workspace.remove() }
    let result = try workspace.run([
      "compare", "2026-Q1", "2026-Q2", "--engine", "tourism", "--output", "papers/tourism.xlsx",
      "--lang", "en",
    ])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let text = try workspace.text(workspace.root.appendingPathComponent("papers/tourism.txt"))
    #expect(text.contains("Engine: Tourism only"))
    #expect(text.contains("Visitors in the region") && !text.contains("Graduates"))
    #expect(!text.contains("REH-1"))
    let file = XlsxFile(path: workspace.root.appendingPathComponent("papers/tourism.xlsx").path)
    let indicators = try file.sheet(named: "Indicators")
    #expect(indicators.string(at: "C10") == "tourism.budget_execution")
    #expect(indicators.string(at: "C11") == nil)
    #expect(!workspace.exists(workspace.reports.appendingPathComponent("compare")))
  }

  @Test("Exit codes: 66 without a folder, 64 for usage, 73 when the output cannot be written")
  func exitCodes() throws {
    let workspace = try Workspace(fixture: "compare")
    defer { workspace.remove() }
    let missing = try workspace.run(["compare", "2025-Q1", "2026-Q2"])
    #expect(missing.status == 66)
    #expect(missing.stderr.contains("Inputs/2025-Q1: error: "), "\(missing.stderr)")
    for arguments in [
      ["compare", "2026-Q2", "2026-Q2"], ["compare", "2026-Q2"], ["compare", "2026-Q5", "2026-Q2"],
      ["compare", "2026-Q1", "2026-Q2", "--engine", "media"],
    ] {
      let result = try workspace.run(arguments)
      #expect(result.status == 64, "\(arguments): \(result.stderr)")
    }
    let unknown = try workspace.run([
      "compare", "2026-Q1", "2026-Q2", "--engine", "x", "--lang", "en",
    ])
    #expect(unknown.stderr.contains("unknown engine 'x' (engines: tourism, rehabilitation)"))
    #expect(!workspace.exists(workspace.reports))
    try workspace.write("not a folder\n", to: "blocker")
    let blocked = try workspace.run(["compare", "2026-Q1", "2026-Q2", "--output", "blocker/c"])
    #expect(blocked.status == 73)
    #expect(
      blocked.stderrLines.contains { $0.hasPrefix("blocker/c.xlsx: error: ") }, "\(blocked.stderr)")
  }
}
