import Foundation
import Testing

/// A ratio's year to date is a ratio of sums over the same quarters: when a quarter lacks one of
/// its flows (a KPI row rejected, so this quarter's visitors have no region total), that quarter
/// leaves both sums, or the ratio mixes this quarter's stays with the earlier quarters' visitors
/// (shipped 2026-Q3 once read 2.35 nights a stay, "green", against 1.71).
@Suite("Year to date over the quarters every flow has")
struct YearToDateConsistencyTests {
  @Test("a rejected row in 2026-Q3 leaves the ratios' year to date at 2026-Q2's, partial")
  func ratioOfSumsOverCommonQuarters() throws {
    let workspace = try Workspace(copying: Paths.shippedInputs)
    defer { workspace.remove() }
    let kpis = workspace.root.appendingPathComponent("Inputs/2026-Q3/tourism-kpis.csv")
    let text = try workspace.text(kpis)
    #expect(text.contains("\"3,827\""))
    try workspace.write(
      text.replacingOccurrences(of: "\"3,827\"", with: "\"3,8x7\""),
      to: "Inputs/2026-Q3/tourism-kpis.csv")
    #expect(try workspace.run(["workbook", "2026-Q2"]).status == 0)
    #expect(try workspace.run(["workbook", "2026-Q3"]).status == 65)
    let q2 = IndicatorsTable(try workspace.text(workspace.report("indicators", "2026-Q2", "csv")))
    let q3 = IndicatorsTable(try workspace.text(workspace.report("indicators", "2026-Q3", "csv")))
    for indicator in ["tourism.avg_stay_nights", "tourism.revenue_per_visitor"] {
      let before = try #require(q2.row(indicator))
      let now = try #require(q3.row(indicator))
      #expect(now["value"] == "", "\(indicator): no region total of visitors this quarter")
      #expect(now["ytd_value"] == before["ytd_value"], "\(indicator)")
    }
  }
}
