import Foundation
import Testing

/// Quarters at the ends of what the tool can report (1970-Q1 to 9999-Q3): a folder outside is a
/// data problem named by a diagnostic, never a crash nor a failure blamed on the disk; the other
/// quarters are still built.
@Suite("Quarters at the ends of the range")
struct QuarterRangeTests {
  static let commands = [
    ["validate"], ["run"], ["summary", "2026-Q3"], ["workbook", "2026-Q3"],
    ["compare", "2026-Q2", "2026-Q3"],
  ]

  @Test(
    "an empty folder of a quarter out of range gives a diagnostic naming it, for every command",
    arguments: ["9999-Q4", "1900-Q1", "1969-Q4", "1899-Q4"])
  func folderOutOfRange(folder: String) throws {
    let workspace = try Workspace(copying: Paths.shippedInputs)
    defer { workspace.remove() }
    try FileManager.default.createDirectory(
      at: workspace.inputs.appendingPathComponent(folder), withIntermediateDirectories: false)
    for command in Self.commands {
      let result = try workspace.run(command + ["--lang", "en"])
      #expect(result.status == 65, "\(command): \(result.stderr.suffix(2000))")
      #expect(
        result.stderrLines.contains(
          "Inputs/\(folder): error: the quarter \(folder) is outside the quarters reports can be "
            + "made for (1970-Q1 to 9999-Q3); its folder is not read"), "\(command)")
      #expect(!result.stderr.contains("cannot write"), "\(command): \(result.stderr)")
    }
    // `run` built all eleven quarters, and nothing for the folder out of range.
    let summary = try workspace.text(workspace.report("summary", "2024-Q1", "txt"))
    #expect(summary.contains("2024-Q1"))
    #expect(try workspace.text(workspace.report("summary", "2026-Q3", "txt")).contains("2026-Q3"))
    #expect(!workspace.exists(workspace.reports.appendingPathComponent(folder)))
    let manifest = try workspace.text(workspace.reports.appendingPathComponent("manifest.json"))
    #expect(!manifest.contains("\"\(folder)\""))
  }

  @Test(
    "a quarter out of range on the command line is a usage error, and template creates nothing",
    arguments: [
      ["template", "9999-Q4"], ["template", "1969-Q4"], ["workbook", "9999-Q4"],
      ["summary", "1900-Q1"], ["validate", "1969-Q4"], ["compare", "1969-Q4", "2026-Q3"],
    ])
  func argumentOutOfRange(command: [String]) throws {
    let workspace = try Workspace(copying: Paths.shippedInputs)
    defer { workspace.remove() }
    let before = FolderSnapshot(workspace.inputs)
    let result = try workspace.run(command + ["--lang", "en"])
    let quarter = command[1]
    #expect(result.status == 64, "\(result.stderr)")
    #expect(
      result.stderrLines == [
        "prosperity: error: the quarter \(quarter) is outside the quarters reports can be made "
          + "for (1970-Q1 to 9999-Q3)"
      ], "\(result.stderr)")
    #expect(FolderSnapshot(workspace.inputs).differences(from: before).isEmpty)
    #expect(!workspace.exists(workspace.reports))
  }
}
