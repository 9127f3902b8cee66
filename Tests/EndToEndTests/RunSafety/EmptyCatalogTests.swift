import Foundation
import Testing

/// A catalog that defines no engine or no indicator (an empty or header-only file, as a bad save
/// from Excel leaves it) is like a missing one: exit 66, nothing written, the published reports
/// untouched, and the reason said without the follow-on errors of every row that refers to what
/// the catalog no longer defines.
@Suite("A catalog that defines nothing")
struct EmptyCatalogTests {
  @Test(
    "an empty or header-only engines.csv or indicators.csv: 66, and Reports/ stays as it was",
    arguments: [
      ("engines.csv", "\u{FEFF}engine,name_he,name_en\r\n", "defines no engine"),
      ("engines.csv", "", "defines no engine"),
      (
        "indicators.csv",
        "indicator,engine,name_he,name_en,unit,formula,direction,headline\n",
        "defines no indicator"
      ),
      ("indicators.csv", "", "defines no indicator"),
    ])
  func catalogDefiningNothing(file: String, contents: String, complaint: String) throws {
    let workspace = try Workspace(copying: Paths.shippedInputs)
    defer { workspace.remove() }
    #expect(try workspace.run(["run", "--lang", "en"]).status == 0)
    let before = FolderSnapshot(workspace.reports)
    try Data(contents.utf8).write(to: workspace.inputs.appendingPathComponent(file))
    for command in [["run"], ["run", "--force"], ["workbook", "2026-Q3"], ["validate"]] {
      let result = try workspace.run(command + ["--lang", "en"])
      #expect(result.status == 66, "\(command): \(result.stderr)")
      #expect(
        result.stderrLines.last
          == "Inputs/\(file): error: the catalog \(complaint): nothing was written", "\(command)")
      // The reason alone, not buried under the rows that refer to what is not defined.
      #expect(!result.stderr.contains("unknown "), "\(command): \(result.stderr)")
      #expect(result.stderrLines.count <= 2, "\(command): \(result.stderr)")
    }
    #expect(FolderSnapshot(workspace.reports).differences(from: before).isEmpty)
  }
}
