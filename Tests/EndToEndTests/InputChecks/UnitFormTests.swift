import Foundation
import Testing

/// A value whose form contradicts its unit (#12, item 12): `1781%` on a count, dollars on a
/// shekel measure, shekels on a dollar one, a plain 85 on a percentage. Each is an error at its
/// cell, and the value is not read, as for any unreadable value; the forms that agree with the
/// unit are read as before.
@Suite("Values whose form contradicts their unit")
struct UnitFormTests {
  private static let kpis = "Inputs/2026-Q3/tourism-kpis.csv"

  @Test("KPI values: a percentage on a count, dollars on shekels, shekels on dollars")
  func kpiValues() throws {
    let workspace = try Workspace.shipped()
    defer { workspace.remove() }
    let agritech = "Inputs/2026-Q3/agritech-kpis.csv"
    try workspace.replace("tourism.rooms,\"1,781\"", with: "tourism.rooms,1781%", in: Self.kpis)
    try workspace.replace("\"₪16,983,000\"", with: "\"$16,983,000\"", in: Self.kpis)
    try workspace.replace("\"$7,520,000\"", with: "\"₪7,520,000\"", in: agritech)
    let rooms = try workspace.position(of: "1781%", in: Self.kpis)
    let revenue = try workspace.position(of: "\"$16,983,000\"", in: Self.kpis)
    let exports = try workspace.position(of: "\"₪7,520,000\"", in: agritech)

    let result = try workspace.run(["workbook", "2026-Q3", "--lang", "en"])
    #expect(result.status == 65, "\(result.stderr)")
    let lines = result.stderrLines
    #expect(
      lines.contains {
        $0.hasPrefix(
          "\(rooms): error: '1781%' is a percentage, but the unit of tourism.rooms is count")
          && $0.contains("the row was rejected")
      }, "\(result.stderr)")
    #expect(
      lines.contains {
        $0.hasPrefix(
          "\(revenue): error: '$16,983,000' is in dollars, but the unit of tourism.revenue is ₪")
      }, "\(result.stderr)")
    #expect(
      lines.contains {
        $0.hasPrefix(
          "\(exports): error: '₪7,520,000' is in shekels, but the unit of agritech.export_value is $"
        )
      }, "\(result.stderr)")

    // No value rather than a wrong one: stays per unit is not 2,148, revenue per visitor and
    // exports are not taken in the wrong currency.
    let table = IndicatorsTable(
      try workspace.text(workspace.report("indicators", "2026-Q3", "csv")))
    #expect(table.row("tourism.stays_per_unit")?["value"] == "")
    #expect(table.row("tourism.revenue_per_visitor")?["value"] == "")
    #expect(table.row("agritech.export_total")?["value"] == "")
    #expect(table.row("tourism.visitors_total")?["value"] != "")
  }

  @Test("targets and baselines: a plain 85 on a percentage, a percentage on a count")
  func targetsAndBaselines() throws {
    let workspace = try Workspace.shipped()
    defer { workspace.remove() }
    let targets = "Inputs/targets.csv"
    let baselines = "Inputs/baselines.csv"
    try workspace.replace(
      "rehabilitation.graduation_rate,2026,81%", with: "rehabilitation.graduation_rate,2026,81",
      in: targets)
    let eightyOne = try workspace.position(of: "81\r", in: targets)
    var text = try workspace.text(workspace.inputs.appendingPathComponent("baselines.csv"))
    text += "media.productions_total,12%,2023\r\n"
    try workspace.write(text, to: baselines)
    let twelve = try workspace.position(of: "12%", in: baselines)

    let result = try workspace.run(["validate", "--lang", "en"])
    #expect(result.status == 65, "\(result.stderr)")
    #expect(
      result.stderrLines.contains {
        $0.hasPrefix(
          "\(eightyOne): error: '81' has no % sign, but the unit of rehabilitation.graduation_rate is percent"
        )
          && $0.contains("81%") && $0.contains("0.81")
      }, "\(result.stderr)")
    #expect(
      result.stderrLines.contains {
        $0.hasPrefix(
          "\(twelve): error: '12%' is a percentage, but the unit of media.productions_total is count"
        )
      }, "\(result.stderr)")
    // The forms that agree with their units are read as before: 85% and 0.9 on percentages,
    // dollars on a dollar target.
    #expect(result.stderrLines.filter { $0.contains(": error: ") }.count == 2, "\(result.stderr)")
  }

  @Test("activity amounts: dollars or a percentage in a shekel budget, shekels as participants")
  func activityAmounts() throws {
    let workspace = try Workspace.shipped()
    defer { workspace.remove() }
    let activities = "Inputs/2026-Q3/tourism-activities.csv"
    try workspace.replace(
      ",1120000,1005000,0,", with: ",\"$1,120,000\",1005000,₪40,", in: activities)
    let dollars = try workspace.position(of: "\"$1,120,000\"", in: activities)
    let shekels = try workspace.position(of: "₪40", in: activities)

    let result = try workspace.run(["workbook", "2026-Q3", "--lang", "en"])
    #expect(result.status == 65, "\(result.stderr)")
    #expect(
      result.stderrLines.contains {
        $0.hasPrefix("\(dollars): error: '$1,120,000' is in dollars, but budget_planned is in ₪")
          && $0.contains("the row stays listed")
      }, "\(result.stderr)")
    #expect(
      result.stderrLines.contains {
        $0.hasPrefix("\(shekels): error: '₪40' is in shekels, but participants is a count")
      }, "\(result.stderr)")
    let table = IndicatorsTable(
      try workspace.text(workspace.report("indicators", "2026-Q3", "csv")))
    #expect(table.row("tourism.budget_execution")?["value"] == "")
  }
}
