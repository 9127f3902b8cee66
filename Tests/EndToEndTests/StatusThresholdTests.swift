import Foundation
import Testing

/// Status thresholds: green ≥ 1.0 and amber ≥ 0.9 by default (exact hits in CleanIndicatorsTests:
/// visitors 0.9 → amber, rooms 1 → green); settings.csv moves them.
@Suite("Status thresholds from settings.csv")
struct StatusThresholdTests {
  @Test("green_at 0.85 and amber_at 0.4 recolour the 2026-Q2 indicators")
  func configuredThresholds() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    try workspace.write(
      "setting,value\nstatus.green_at,0.85\nstatus.amber_at,40%\n", to: "Inputs/settings.csv")
    let result = try workspace.run(["workbook", "2026-Q2"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let table = IndicatorsTable(
      try workspace.text(workspace.report("indicators", "2026-Q2", "csv")))
    // Attainments from the hand computation are unchanged; only the colours move.
    let expected = [
      "tourism.visitors_total": ("0.9", "green"),  // 0.9 ≥ 0.85
      "tourism.rooms": ("1", "green"),
      "tourism.budget_execution": ("0.5", "amber"),  // 0.4 ≤ 0.5 < 0.85
      "rehabilitation.graduation_rate": ("1.25", "green"),
      "rehabilitation.graduates": ("0.45", "amber"),  // 0.4 ≤ 0.45 < 0.85
      "rehabilitation.dropouts": ("0.6", "amber"),  // (18 × 2/4) / 15; 0.4 ≤ 0.6 < 0.85
    ]
    for (indicator, (attainment, status)) in expected {
      let row = try #require(table.row(indicator))
      #expect(row["attainment"] == attainment, "\(indicator)")
      #expect(row["status"] == status, "\(indicator)")
    }
  }
}
