import Foundation
import Testing
import XlsxReading

/// The shipped data's latest workbook in English, where engine names outgrow Excel's sheet names.
@Suite("Shipped data's workbook")
struct ShippedWorkbookTests {
  @Test("long engine names are cut at a word; every number is finite; the history is complete")
  func englishWorkbook() throws {
    let workspace = try Workspace(copying: Paths.shippedInputs)
    defer { workspace.remove() }
    let result = try workspace.run(["workbook", "2026-Q3", "--lang", "en"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let file = XlsxFile(path: workspace.report("committee", "2026-Q3", "xlsx").path)
    let names = try file.sheetNames
    #expect(
      names == [
        "Summary", "Advanced Agriculture in Desert…", "Media Industry",
        "Rehabilitation and Community…", "Rahat as a Unique Metropolis", "Tourism",
        "Comments & progress", "By locality", "Indicator history", "Activities", "Data quality",
        "Completeness", "Checks", "Definitions",
      ])
    for name in names {
      let sheet = try file.sheet(named: name)
      #expect(name.utf16.count <= 31)
      #expect(!containsNonFiniteToken(sheet.xml), "\(name)")
    }
    // Thirty indicators in each of the eleven quarters 2024-Q1 … 2026-Q3.
    #expect(try file.tables(onSheet: "Indicator history").map(\.ref) == ["A4:M334"])
    // Printed: the last eight quarters' 240 rows under the header, quarter to status.
    let areas = try file.definedNames.filter { $0.name == "_xlnm.Print_Area" }
    #expect(areas.map(\.formula).contains("'Indicator history'!$A$1:$K$244"))
    // Five engines' charts: two, two, three, two and three headline indicators.
    let charts = try names[1...5].map { try file.charts(onSheet: $0).count }
    #expect(charts == [2, 2, 3, 2, 3])
  }
}
