import Foundation
import Testing

/// Fixtures/bad: the clean catalog plus one broken formula, and a 2026-Q2 folder full of problems.
/// Lines and columns below are counted by hand from the files (columns in characters, so Hebrew
/// letters count one each, also in the windows-1255 file).
@Suite("Bad inputs: diagnostics, exit 65, reports for the valid data")
struct BadInputTests {
  /// (path, line, column, a word the English message must contain).
  static let expectedErrors: [(String, Int, Int, String)] = [
    // indicators.csv line 8: the formula field starts at column 62
    // ("tourism.bad_formula,tourism,נוסחה שבורה,Broken formula,count," is 61 characters);
    // "tourism.visitors * * 2": the second '*' is at offset 19 → column 81.
    ("Inputs/indicators.csv", 8, 81, "'*'"),
    // notes.csv belongs to no engine: its header (line 1) and its row (line 2) are rejected.
    ("Inputs/2026-Q2/notes.csv", 1, 1, "no engine"),
    ("Inputs/2026-Q2/notes.csv", 2, 1, "no engine"),
    // windows-1255, columns reordered: "משרד הרווחה," (12) + "rehabilitation.trainees_graduated,"
    // (34) → the value 'ארבעים' starts at column 47, line 3.
    ("Inputs/2026-Q2/rehabilitation-kpis.csv", 3, 47, "'ארבעים'"),
    // "TOU-2,שביל,infra,kkl," is 21 characters → status 'maybe' at column 22.
    ("Inputs/2026-Q2/tourism-activities.csv", 3, 22, "'maybe'"),
    // "TOU-3,הכשרה,training,council,active," is 36 characters → start date at column 37.
    ("Inputs/2026-Q2/tourism-activities.csv", 4, 37, "'31/02/2026'"),
    // tourism-kpis.csv: the quoted note of line 2 runs onto line 3, so every later record is one
    // line further down than its record number. Line 12 repeats Bnei Shimon: duplicate, column 1.
    ("Inputs/2026-Q2/tourism-kpis.csv", 12, 1, "duplicate"),
    // "tourism.hotel_rooms," is 20 characters → '4x0' at column 21.
    ("Inputs/2026-Q2/tourism-kpis.csv", 13, 21, "'4x0'"),
    ("Inputs/2026-Q2/tourism-kpis.csv", 14, 1, "'tourism.cafes'"),
    // "tourism.visitors,100," is 21 characters → locality at column 22.
    ("Inputs/2026-Q2/tourism-kpis.csv", 15, 22, "'Beersheba'"),
    // "tourism.visitors,900," → the empty locality of the region-wide row at column 22.
    ("Inputs/2026-Q2/tourism-kpis.csv", 16, 22, "region-wide"),
  ]

  @Test("exit 65 and a path:line:column: error: line for every problem")
  func diagnostics() throws {
    let workspace = try Workspace(fixture: "bad")
    defer { workspace.remove() }
    let result = try workspace.run(["workbook", "2026-Q2", "--lang", "en"])
    #expect(result.status == 65, "stderr: \(result.stderr)")
    let lines = result.stderrLines
    for (path, line, column, word) in Self.expectedErrors {
      let prefix = "\(path):\(line):\(column): error: "
      let matching = lines.filter { $0.hasPrefix(prefix) }
      #expect(
        matching.count == 1, "expected one line starting \(prefix)\nstderr:\n\(result.stderr)")
      #expect(matching.allSatisfy { $0.contains(word) }, "\(matching)")
    }
    // Every error line has the compiler form; only the stray file's own line has no position.
    let errors = lines.filter { $0.contains(": error: ") }
    let located = errors.filter { $0.wholeMatch(of: /[^:]+:\d+:\d+: error: .+/) != nil }
    #expect(errors.count == Self.expectedErrors.count + 1, "\(errors)")
    #expect(located.count == Self.expectedErrors.count, "\(errors)")
    #expect(lines.contains { $0.hasPrefix("Inputs/2026-Q2/notes.csv: error: ") })
  }

  @Test("reports are still written, and nothing rejected turns into 0")
  func reportsForValidData() throws {
    let workspace = try Workspace(fixture: "bad")
    defer { workspace.remove() }
    #expect(try workspace.run(["workbook", "2026-Q2"]).status == 65)
    for (kind, ext) in [("committee", "xlsx"), ("summary", "txt"), ("indicators", "csv")] {
      #expect(workspace.exists(workspace.report(kind, "2026-Q2", ext)), "\(kind)")
    }
    let table = IndicatorsTable(
      try workspace.text(workspace.report("indicators", "2026-Q2", "csv")))
    // The broken formula's indicator is left out; the others keep their order.
    #expect(table.order == CleanIndicatorsTests.expected2026Q2.map(\.1))
    // visitors: a duplicate (and a mixed) row → no value; rooms: '4x0' → no value;
    // graduates: 'ארבעים' → no value, so the rate, the count and the dropouts have none either.
    for indicator in [
      "tourism.visitors_total", "tourism.rooms", "rehabilitation.graduation_rate",
      "rehabilitation.graduates", "rehabilitation.dropouts",
    ] {
      let row = try #require(table.row(indicator))
      #expect(row["value"] == "", "\(indicator)")
      #expect(row["ytd_value"] == "", "\(indicator)")
      #expect(row["attainment"] == "", "\(indicator)")
      #expect(row["status"] == "grey", "\(indicator)")
    }
    // Budget execution reads only the budgets, which all parse, although two activity rows were
    // flagged: (30000 + 10000 + 1000) / (100000 + 60000 + 5000) = 41000 / 165000.
    let budget = try #require(table.row("tourism.budget_execution"))
    #expect(budget["value"] == "\(41000.0 / 165000.0)")
    #expect(budget["status"] == "red")
  }

  @Test("a formula error in a quoted field points at the right column")
  func quotedFormulaColumn() throws {
    let workspace = try Workspace(fixture: "bad")
    defer { workspace.remove() }
    let indicators = try workspace.text(workspace.inputs.appendingPathComponent("indicators.csv"))
    try workspace.write(
      indicators.replacingOccurrences(
        of: ",tourism.visitors * * 2,", with: ",\"tourism.visitors * * 2\","),
      to: "Inputs/indicators.csv")
    let result = try workspace.run(["validate", "2026-Q2", "--lang", "en"])
    #expect(result.status == 65)
    // The opening quote is at column 62, the formula text starts at 63, its offset 19 → 82.
    #expect(
      result.stderrLines.contains { $0.hasPrefix("Inputs/indicators.csv:8:82: error: ") },
      "\(result.stderr)")
  }
}
