import Foundation
import Testing

/// The shipped 2026-Q3, read as a committee member would (issue #14): each attainment's basis,
/// accumulating ratios spread over the year, the seasonal outlook, budget flags and the measures
/// no indicator uses. Figures from Inputs/, computed by hand:
///   agritech.export_value 2025: 13.88, 9.84, 6.71, 14.25 M$; 2026: 15.09, 11.03, 7.52 M$
///   agritech.exporting_companies 2025-Q3 45, 2025-Q4 46, 2026-Q3 50
///   tourism.visitors 2025: 19,468, 17,970, 14,748, 24,690; 2026 YTD 83,099
@Suite("Shipped 2026-Q3: basis, outlook and budget flags")
struct ShippedOutlookTests {
  static func reports() throws -> (URL, IndicatorsTable, String) {
    let reports = FileManager.default.temporaryDirectory
      .appendingPathComponent("prosperity-outlook-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
    let run = try ProsperityProcess.run(
      [
        "workbook", "2026-Q3", "--lang", "en", "--inputs", Paths.shippedInputs.path,
        "--reports", reports.path,
      ], in: reports)
    #expect(run.status == 0, "stderr: \(run.stderr)")
    let folder = reports.appendingPathComponent("2026-Q3")
    let csv = try String(
      contentsOf: folder.appendingPathComponent("indicators-2026-Q3.csv"), encoding: .utf8)
    let summary = try String(
      contentsOf: folder.appendingPathComponent("summary-2026-Q3.txt"), encoding: .utf8)
    return (reports, IndicatorsTable(csv), summary)
  }

  private func number(_ text: String?) -> Double { text.flatMap(Double.init) ?? .nan }

  private func close(_ text: String?, _ expected: Double) -> Bool {
    abs(number(text) - expected) <= 1e-9 * abs(expected)
  }

  @Test("exports per company accumulate: expected 1.2 M × 3/4, projected by 2025's season")
  func exportsPerCompany() throws {
    let (reports, table, _) = try Self.reports()
    defer { try? FileManager.default.removeItem(at: reports) }
    let row = try #require(table.row("agritech.export_per_company"))
    // YTD 33.64 M / 50 = 672,800 against 1,200,000 × 3/4 = 900,000 (not the whole 1.2 M: 56%).
    #expect(row["ytd_value"] == "672800")
    #expect(row["expected"] == "900000")
    #expect(row["basis"] == "ytd_vs_annual_prorated")
    #expect(row["target_period"] == "2026")
    // 2025's share by Q3: (30.43 M / 45) / (44.68 M / 46); projected = 672,800 / share.
    let share = (30_430_000.0 / 45) / (44_680_000.0 / 46)
    #expect(close(row["projected_year_end"], 672_800 / share))
    #expect(close(row["projected_attainment"], 672_800 / share / 1_200_000))
    #expect(row["outlook"] == "at_risk")
    #expect(row["projection_method"] == "seasonal")
  }

  @Test("visitors: the quarter's target is compared, the annual one gives the outlook")
  func visitors() throws {
    let (reports, table, summary) = try Self.reports()
    defer { try? FileManager.default.removeItem(at: reports) }
    let row = try #require(table.row("tourism.visitors_total"))
    #expect(row["target"] == "24500")
    #expect(row["target_period"] == "2026-Q3")
    #expect(row["basis"] == "quarter_vs_quarter_target")
    #expect(row["annual_target"] == "125000")
    let share = (19_468.0 + 17_970 + 14_748) / (19_468 + 17_970 + 14_748 + 24_690)
    #expect(close(row["projected_year_end"], 83_099 / share))
    #expect(row["outlook"] == "at_risk")  // 122,414 of 125,000: 98%
    #expect(summary.contains("quarter vs quarter target"))
    // Overnight stays are phased seasonally in the shipped catalog.
    #expect(table.row("tourism.stays_total")?["basis"] == "ytd_vs_annual_seasonal")
    #expect(table.row("tourism.avg_stay_nights")?["basis"] == "ytd_vs_annual")
    #expect(summary.contains("-29%") && summary.contains("+53%"), "quarter and year on year")
  }

  @Test("MED-006 overspent and AGR-004 ahead of its time; media.students reported")
  func budgetFlagsAndUnusedMeasures() throws {
    let (reports, _, summary) = try Self.reports()
    defer { try? FileManager.default.removeItem(at: reports) }
    let lines = summary.split(separator: "\n").map(String.init)
    let med = try #require(lines.first { $0.contains("MED-006") })
    #expect(med.contains("overspent"))
    #expect(med.contains("spent ₪832,000 of ₪780,000 (107%)"))
    let agr = try #require(lines.first { $0.contains("AGR-004") && $0.contains("spent") })
    #expect(agr.contains("spending ahead of time"))
    #expect(agr.contains("(94%); 75% of its time gone (ends 2027-06-30)"))
    #expect(lines.contains { $0.contains("RAH-003") && $0.contains("spent") } == false)
    #expect(
      lines.contains(
        "  Reported, in no indicator: Film and media students at Sapir College 626 "
          + "(source: מכללת ספיר – מזכירות אקדמית)"))
  }
}
