import Foundation
import Testing
import XlsxReading

/// `prosperity compare` on Fixtures/compare, computed by hand. The fixture's values (region-wide):
///
///   measure                2025-Q2  2026-Q1  2026-Q2
///   tourism.visitors        15000    12000    18000   (flow)
///   tourism.hotel_rooms       400      450     n/a    (stock)
///   tourism.complaints         25       40      30    (flow; its indicator is better down)
///   tourism.guides            150      n/a     201    (stock)
///   tourism.attractions       180      200     201    (stock)
///   trainees_enrolled          50        0      60    (flow)
///   trainees_graduated         25        5      40    (flow)
///   tourism activities: spent 15000 of 100000 · 40000 of 200000 · 60000 of 200000
///
/// Changes run from 2026-Q1 to 2026-Q2 even when the quarters are given the other way round.
@Suite("Compare: indicators computed by hand")
struct CompareIndicatorsTests {
  /// (row, indicator id, earlier, later, change, relative, verdict, YTD earlier, YTD later,
  /// YTD verdict); nil where the cell holds a dash.
  typealias Row = (
    Int, String, Double?, Double?, Double?, Double?, String, Double?, Double?, String
  )

  static let rows: [Row] = [
    // 12000 → 18000: +6000, +50%, up is better. YTD 12000 → 12000 + 18000.
    (
      5, "tourism.visitors_total", 12000, 18000, 6000, 0.5, "▲ improved", 12000, 30000, "▲ improved"
    ),
    // The 2026-Q2 value is n/a: no longer reported. The stock's YTD keeps 2026-Q1's 450.
    (6, "tourism.rooms", 450, nil, nil, nil, "no longer reported", 450, 450, "= unchanged"),
    // Down is better: 40 → 30 improved; YTD 40 → 70 worsened.
    (7, "tourism.complaints", 40, 30, -10, -0.25, "▲ improved", 40, 70, "▼ worsened"),
    // n/a in 2026-Q1, 201 in 2026-Q2: new.
    (8, "tourism.guides", nil, 201, nil, nil, "new", nil, 201, "new"),
    // 200 → 201: 1 ≤ 0.5% of 201 = 1.005, so unchanged although the relative change is 0.5%.
    (9, "tourism.attractions", 200, 201, 1, 0.005, "= unchanged", 200, 201, "= unchanged"),
    // 40000 / 200000 = 0.2 → 60000 / 200000 = 0.3 (activity totals are stocks: YTD the same).
    (
      10, "tourism.budget_execution", 0.2, 0.3, 0.3 - 0.2, (0.3 - 0.2) / 0.2, "▲ improved", 0.2,
      0.3, "▲ improved"
    ),
    // 5 / 0 in 2026-Q1: no value there, although every measure was reported.
    (
      11, "rehabilitation.graduation_rate", nil, 40.0 / 60.0, nil, nil, "no value in one of them",
      nil, 45.0 / 60.0, "no value in one of them"
    ),
    (12, "rehabilitation.graduates", 5, 40, 35, 7, "▲ improved", 5, 45, "▲ improved"),
    // Down is better: 0 - 5 = -5 → 60 - 40 = 20 worsened (+25, relative 25 / |-5| = 5).
    // YTD -5 → (0 + 60) - (5 + 40) = 15.
    (13, "rehabilitation.dropouts", -5, 20, 25, 5, "▼ worsened", -5, 15, "▼ worsened"),
  ]

  @Test("Indicators sheet: values, changes, verdicts and YTD verdicts (quarters given reversed)")
  func indicatorsSheet() throws {
    let workspace = try Workspace(fixture: "compare")
    defer { workspace.remove() }
    let result = try workspace.run(["compare", "2026-Q2", "2026-Q1", "--lang", "en"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let file = XlsxFile(path: workspace.comparison("2026-Q2_vs_2026-Q1", "xlsx").path)
    #expect(try file.sheetNames == ["Summary", "Indicators", "Activities", "Catalog changes"])
    let sheet = try file.sheet(named: "Indicators")
    #expect(sheet.string(at: "F4") == "2026-Q1")  // the earlier quarter first
    #expect(sheet.string(at: "G4") == "2026-Q2")
    // Issue #14 item 11: the header row frozen, nothing more.
    #expect(sheet.frozenPane == FrozenPane(rows: 4, columns: 0, topLeftCell: "A5"))
    for row in Self.rows {
      let (line, id) = (row.0, row.1)
      #expect(sheet.string(at: "C\(line)") == id)
      for (column, expected) in [
        ("F", row.2), ("G", row.3), ("H", row.4), ("I", row.5), ("M", row.7), ("N", row.8),
      ] {
        if let expected {
          #expect(sheet.number(at: "\(column)\(line)") == expected, "\(id) \(column)")
        } else {
          #expect(sheet.string(at: "\(column)\(line)") == "—", "\(id) \(column)")
        }
      }
      #expect(sheet.string(at: "J\(line)") == row.6, "\(id) verdict")
      #expect(sheet.string(at: "P\(line)") == row.9, "\(id) YTD verdict")
    }
    // Statuses in each quarter: visitors 12000 of an expected 15000 (red) → YTD 30000 of 30000.
    #expect(sheet.string(at: "K5") == "○ red")
    #expect(sheet.string(at: "L5") == "● green")
    // The reasons a value is missing, in the note column.
    #expect(sheet.string(at: "Q6") == "2026-Q2: tourism.hotel_rooms was not reported")
    #expect(
      sheet.string(at: "Q11")
        == "2026-Q1: division by zero: rehabilitation.trainees_enrolled is 0")
    #expect(sheet.autoFilterRange == "A4:Q13")
  }

  @Test("Summary sheet: verdicts per engine and the biggest movers")
  func summarySheet() throws {
    let workspace = try Workspace(fixture: "compare")
    defer { workspace.remove() }
    let result = try workspace.run(["compare", "2026-Q1", "2026-Q2", "--lang", "en"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let file = XlsxFile(path: workspace.comparison("2026-Q1_vs_2026-Q2", "xlsx").path)
    let summary = try file.sheet(named: "Summary")
    #expect(summary.string(at: "A7") == "Tourism")
    // improved, worsened, unchanged, new, no longer reported, no value, catalog changes.
    let tourism: [Double] = [3, 0, 1, 1, 1, 0, 0]
    let rehabilitation: [Double] = [1, 1, 0, 0, 0, 1, 0]
    for (index, column) in ["B", "C", "D", "E", "F", "G", "H"].enumerated() {
      #expect(summary.number(at: "\(column)7") == tourism[index], "tourism \(column)")
      #expect(summary.number(at: "\(column)8") == rehabilitation[index], "rehab \(column)")
    }
    // Movers by the size of the relative change: 700%, 500%, 50%, 49.99…% (0.1 / 0.2 in
    // doubles), 25%; attractions (0.5%) is unchanged and not ranked.
    let movers =
      ["Graduates", "Trainees not graduated", "Visitors in the region"]
      + ["Budget execution", "Visitor complaints"]
    for (offset, name) in movers.enumerated() {
      #expect(summary.string(at: "A\(17 + offset)") == name)
    }
    #expect(summary.number(at: "F17") == 7)
    #expect(summary.string(at: "G18") == "▼ worsened")
    #expect(summary.string(at: "A22") == nil)
  }
}
