import Foundation
import Testing
import XlsxReading

/// A stray quarter folder centuries away (a typo: `9026-Q3` for `2026-Q3`) once made the
/// completeness matrix of its quarter 28,000 columns wide, past Excel's 16,384, and the run failed
/// with 73. The matrix now covers the last twelve quarters at most.
@Suite("A quarter folder far from the others")
struct FarQuarterFolderTests {
  @Test("run publishes it; its completeness matrix shows at most twelve quarters")
  func farQuarterFolder() throws {
    let workspace = try Workspace(copying: Paths.shippedInputs)
    defer { workspace.remove() }
    let kpis = try workspace.text(
      workspace.root.appendingPathComponent("Inputs/2026-Q3/tourism-kpis.csv"))
    try workspace.write(kpis, to: "Inputs/9026-Q3/tourism-kpis.csv")
    let result = try workspace.run(["run", "--quiet"])
    // 65: the far quarter lacks most engines' files, which is reported, not fatal.
    #expect([0, 65].contains(result.status), "stderr: \(result.stderr)")
    let file = XlsxFile(path: workspace.report("committee", "9026-Q3", "xlsx").path)
    let sheet = try file.sheet(named: "שלמות הדיווח")
    let header = try #require(sheet.row(where: "A", is: "מנוע"))
    let quarters = (1...20).compactMap { column in
      sheet.string(at: "\(Self.letters(column))\(header)")
    }
    #expect(quarters.count == 12, "\(quarters)")
    #expect(quarters.first == "9023-Q4" && quarters.last == "9026-Q3", "\(quarters)")
  }

  private static func letters(_ column: Int) -> String {
    column < 26
      ? String(UnicodeScalar(UInt8(65 + column)))
      : "A" + String(UnicodeScalar(UInt8(65 + column - 26)))
  }
}
