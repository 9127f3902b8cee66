import Foundation
import Testing

/// The clean fixture (Fixtures/clean), computed by hand. Quarters 2025-Q2 … 2026-Q2; 2025-Q1 has no
/// folder and 2026-Q1 has no tourism-kpis.csv.
///
/// Measures in 2026-Q2 (2026-Q1 / 2025-Q2 in brackets):
///   tourism.visitors (flow, per locality): 3000+2500+2000+1500+2500+2000+1500+1500+1500 = 18000
///     [2026-Q1: file missing / 2025-Q2: 2000+2000+1500+1500+2000+1500+1500+1500+1500 = 15000]
///   tourism.hotel_rooms (stock): 460 [missing / 400]
///   tourism activities: spent 30000+10000 = 40000 of planned 100000+60000 = 160000
///     [20000 of 160000 / 10000 of 80000]
///   rehabilitation.trainees_enrolled (flow): 60 [0 / 50]
///   rehabilitation.trainees_graduated (flow): 40 [5 / 25]
@Suite("Clean fixture: indicators CSV computed by hand")
struct CleanIndicatorsTests {
  /// One expected row: value, ytd, target, expected, attainment, status, previous, qoq, year ago,
  /// yoy, as the CSV writes them.
  static let expected2026Q2: [(String, String, [String])] = [
    // visitors: cumulative; YTD = 2026-Q1 (missing) + 18000 = 18000, partial.
    // expected = 40000 × 2/4 = 20000; attainment 18000 / 20000 = 0.9 → amber (exactly on the line).
    // previous: no Q1 file → empty, no change; year ago 15000, change 3000.
    (
      "tourism", "tourism.visitors_total",
      ["18000", "18000", "40000", "20000", "0.9", "amber", "", "", "15000", "3000"]
    ),
    // rooms: stock; quarter target 460 for 2026-Q2 beats the annual 500 and compares with the
    // quarter value: 460 / 460 = 1 → green (exactly on the line). Year ago 400 → +60.
    ("tourism", "tourism.rooms", ["460", "460", "460", "460", "1", "green", "", "", "400", "60"]),
    // budget execution: 40000 / 160000 = 0.25; activity totals are stocks, so YTD = 0.25.
    // Target 50% (non-cumulative) → expected 0.5; 0.25 / 0.5 = 0.5 → red.
    // Previous 20000 / 160000 = 0.125 → +0.125; year ago 10000 / 80000 = 0.125 → +0.125.
    (
      "tourism", "tourism.budget_execution",
      ["0.25", "0.25", "0.5", "0.5", "0.5", "red", "0.125", "0.125", "0.125", "0.125"]
    ),
    // graduation rate: 40 / 60 = 0.6666666666666666; YTD = ratio of sums (5+40) / (0+60) = 0.75
    // (the average of quarterly ratios is undefined: Q1 divides by zero).
    // 0.75 / 0.6 = 1.25 → green. Previous: 5 / 0 → no value. Year ago 25 / 50 = 0.5;
    // change 0.6666666666666666 - 0.5 = 0.16666666666666663 (shortest round-trip of the double).
    (
      "rehabilitation", "rehabilitation.graduation_rate",
      [
        "0.6666666666666666", "0.75", "0.6", "0.6", "1.25", "green", "", "", "0.5",
        "0.16666666666666663",
      ]
    ),
    // graduates: cumulative; YTD 5 + 40 = 45; expected 200 × 2/4 = 100; 45 / 100 = 0.45 → red.
    // Previous 5 → +35; year ago 25 → +15.
    (
      "rehabilitation", "rehabilitation.graduates",
      ["40", "45", "200", "100", "0.45", "red", "5", "35", "25", "15"]
    ),
    // dropouts = enrolled - graduated, down is better; a difference of flows accumulates:
    // value 60 - 40 = 20, YTD 60 - 45 = 15; expected 18 × 2/4 = 9; attainment = expected /
    // actual = 9 / 15 = 0.6 → red. Previous 0 - 5 = -5 → +25; year ago 50 - 25 = 25 → -5.
    (
      "rehabilitation", "rehabilitation.dropouts",
      ["20", "15", "18", "9", "0.6", "red", "-5", "25", "25", "-5"]
    ),
  ]

  /// The basis and outlook columns of 2026-Q2: target period, basis, annual target, projected
  /// year end, projected attainment, outlook, projection method. 2025 has no 2025-Q1 folder, so
  /// no accumulating indicator has a full earlier year: every projection is linear (× 4/2).
  static let outlook2026Q2: [String: [String]] = [
    // Accumulating, but its YTD is partial (no 2026-Q1 tourism file): no projection.
    "tourism.visitors_total": ["2026", "ytd_vs_annual_prorated", "40000", "", "", "", "linear"],
    // A stock: the quarter's own target is compared; the annual 500 is kept beside it.
    "tourism.rooms": ["2026-Q2", "quarter_vs_quarter_target", "500", "", "", "", ""],
    "tourism.budget_execution": ["2026", "ytd_vs_annual", "0.5", "", "", "", ""],
    "rehabilitation.graduation_rate": ["2026", "ytd_vs_annual", "0.6", "", "", "", ""],
    // 45 × 4/2 = 90; 90 / 200 = 0.45 → at risk.
    "rehabilitation.graduates": [
      "2026", "ytd_vs_annual_prorated", "200", "90", "0.45", "at_risk", "linear",
    ],
    // 15 × 4/2 = 30; down is better: 18 / 30 = 0.6 → at risk.
    "rehabilitation.dropouts": [
      "2026", "ytd_vs_annual_prorated", "18", "30", "0.6", "at_risk", "linear",
    ],
  ]

  static let columns = [
    "value", "ytd_value", "target", "expected", "attainment", "status", "previous_value",
    "qoq_change", "year_ago_value", "yoy_change",
  ]
  static let outlookColumns = [
    "target_period", "basis", "annual_target", "projected_year_end", "projected_attainment",
    "outlook", "projection_method",
  ]

  @Test("2026-Q2 matches the hand computation field by field")
  func quarter2026Q2() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    let result = try workspace.run(["workbook", "2026-Q2"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let table = IndicatorsTable(
      try workspace.text(workspace.report("indicators", "2026-Q2", "csv")))
    #expect(table.headerLine == IndicatorsTable.header)
    #expect(table.order == Self.expected2026Q2.map(\.1), "engines.csv order, then indicators.csv")
    for (engine, indicator, values) in Self.expected2026Q2 {
      let row = try #require(table.row(indicator), "no row for \(indicator)")
      #expect(row["#fields"] == "24", "\(indicator)")
      #expect(row["engine"] == engine)
      #expect(row["quarter"] == "2026-Q2")
      for (column, value) in zip(Self.columns, values) {
        #expect(row[column] == value, "\(indicator).\(column)")
      }
      let outlook = try #require(Self.outlook2026Q2[indicator])
      for (column, value) in zip(Self.outlookColumns, outlook) {
        #expect(row[column] == value, "\(indicator).\(column)")
      }
    }
  }

  @Test("A division by zero leaves the value empty (2026-Q1: 5 graduates / 0 enrolled)")
  func divisionByZero() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    let result = try workspace.run([])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let table = IndicatorsTable(
      try workspace.text(workspace.report("indicators", "2026-Q1", "csv")))
    let rate = try #require(table.row("rehabilitation.graduation_rate"))
    // Quarter and YTD both divide by 0 enrolled: no value, no attainment, grey.
    #expect(rate["value"] == "")
    #expect(rate["ytd_value"] == "")
    #expect(rate["attainment"] == "")
    #expect(rate["status"] == "grey")
    #expect(rate["previous_value"] == "0.5")  // 2025-Q4: 25 / 50
    #expect(rate["qoq_change"] == "")
    // Graduates still has its value: 5, YTD 5, expected 200 × 1/4 = 50, 5 / 50 = 0.1 → red.
    let graduates = try #require(table.row("rehabilitation.graduates"))
    #expect(graduates["value"] == "5")
    #expect(graduates["expected"] == "50")
    #expect(graduates["attainment"] == "0.1")
    #expect(graduates["status"] == "red")
  }

  @Test("A missing quarter file: partial YTD, with warnings naming the file and the quarter")
  func missingQuarterFile() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    // The default command reports every quarter, so both the file's warning (2026-Q1) and the
    // partial YTD it causes (2026-Q2) are on stderr; warnings alone still exit 0.
    let result = try workspace.run(["--lang", "en"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(
      result.stderrLines.contains {
        $0.hasPrefix("Inputs/2026-Q1/tourism-kpis.csv: warning: ")
      }, "stderr: \(result.stderr)")
    #expect(
      result.stderrLines.contains {
        $0.contains("warning: ") && $0.contains("partial") && $0.contains("2026-Q1")
          && $0.contains("tourism.visitors_total")
      }, "stderr: \(result.stderr)")
    let summary = try workspace.text(workspace.report("summary", "2026-Q2", "txt"))
    #expect(summary.contains("18,000 (partial)"))
  }

  @Test("No output of any quarter holds inf or NaN")
  func noNonFiniteNumbers() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    let result = try workspace.run([])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    for quarter in ["2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"] {
      for (kind, ext) in [("indicators", "csv"), ("summary", "txt")] {
        let text = try workspace.text(workspace.report(kind, quarter, ext))
        #expect(!containsNonFiniteToken(text), "\(kind) \(quarter)")
      }
      for member in try WorkbookText.members(of: workspace.report("committee", quarter, "xlsx")) {
        #expect(!containsNonFiniteToken(member.text), "\(quarter) \(member.name)")
      }
    }
  }
}
