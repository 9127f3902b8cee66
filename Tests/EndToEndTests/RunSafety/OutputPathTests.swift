import Foundation
import Testing
import XlsxReading

/// `--output`, `--reports` and `--inputs` are checked before anything is written: an output never
/// lands on an input, the manifest, the digests or another quarter's or comparison's published
/// file, and the reports folder is never inside the inputs folder (or the reverse).
@Suite("Where outputs may go")
struct OutputPathTests {
  static let refusedOutputs: [[String]] = [
    ["workbook", "2026-Q3", "--output", "Inputs/engines.csv"],
    ["workbook", "2026-Q3", "--output", "Inputs/2026-Q4/committee.xlsx"],
    ["workbook", "2026-Q3", "--output", "./Inputs/../Inputs/targets.csv"],
    ["workbook", "2026-Q3", "--output", "linked/committee.xlsx"],
    ["workbook", "2026-Q3", "--output", "Reports/manifest.json"],
    ["workbook", "2026-Q3", "--output", "Reports/.cache/x.xlsx"],
    ["workbook", "2026-Q3", "--output", "Reports/2026-Q2/committee-2026-Q2.xlsx"],
    ["workbook", "2026-Q3", "--output", "Reports/2026-Q2/mine.xlsx"],
    ["workbook", "2026-Q3", "--output", "Reports/2026-Q3/summary-2026-Q3.txt"],
    ["workbook", "2026-Q3", "--output", "Reports/compare/2026-Q2_vs_2026-Q3.xlsx"],
    ["workbook", "2026-Q3", "--engine", "tourism", "--output", "Inputs/tourism.xlsx"],
    [
      "workbook", "2026-Q3", "--engine", "tourism", "--output",
      "Reports/2026-Q3/committee-2026-Q3.xlsx",
    ],
    ["compare", "2026-Q2", "2026-Q3", "--output", "Inputs/comparison"],
    ["compare", "2026-Q2", "2026-Q3", "--output", "Reports/2026-Q1/comparison"],
    ["compare", "2025-Q3", "2026-Q3", "--output", "Reports/compare/2026-Q2_vs_2026-Q3"],
    ["compare", "2025-Q3", "2026-Q3", "--output", "Reports/.cache/comparison"],
  ]

  @Test(
    "an output on the inputs or on the reports' own files is refused: 64, nothing written",
    arguments: refusedOutputs)
  func refusedOutput(command: [String]) throws {
    let workspace = try Workspace(copying: Paths.shippedInputs)
    defer { workspace.remove() }
    #expect(try workspace.run(["run", "--lang", "en"]).status == 0)
    try FileManager.default.createSymbolicLink(
      atPath: workspace.root.appendingPathComponent("linked").path, withDestinationPath: "Inputs")
    let inputs = FolderSnapshot(workspace.inputs)
    let reports = FolderSnapshot(workspace.reports)
    let result = try workspace.run(command + ["--lang", "en"])
    #expect(result.status == 64, "\(result.stderr)")
    let output = command[command.firstIndex(of: "--output")! + 1]
    #expect(
      result.stderrLines.last?.hasPrefix("\(output): error: --output may not name ") == true,
      "\(result.stderr)")
    #expect(FolderSnapshot(workspace.inputs).differences(from: inputs).isEmpty)
    #expect(FolderSnapshot(workspace.reports).differences(from: reports).isEmpty)
    // Nothing came out of it as a manifest would see it: the next run has nothing to do.
    let next = try workspace.run(["run", "--lang", "en"])
    #expect(next.stderr.contains("nothing to do: all 11 quarters are up to date"), "\(next.stderr)")
  }

  @Test(
    "outputs outside the reports' own files are still written",
    arguments: [
      (["workbook", "2026-Q3", "--output", "papers/committee.xlsx"], "papers/committee.xlsx"),
      (
        ["workbook", "2026-Q3", "--output", "Reports/2026-Q3/committee-2026-Q3.xlsx"],
        "Reports/2026-Q3/committee-2026-Q3.xlsx"
      ),
      (
        ["workbook", "2026-Q3", "--output", "Reports/extra/committee.xlsx"],
        "Reports/extra/committee.xlsx"
      ),
      (
        ["compare", "2026-Q2", "2026-Q3", "--output", "Reports/compare/mine"],
        "Reports/compare/mine.xlsx"
      ),
    ])
  func acceptedOutput(command: [String], written: String) throws {
    let workspace = try Workspace(copying: Paths.shippedInputs)
    defer { workspace.remove() }
    let result = try workspace.run(command + ["--lang", "en"])
    #expect(result.status == 0, "\(result.stderr)")
    let sheets = try XlsxFile(path: workspace.root.appendingPathComponent(written).path).sheetNames
    #expect(sheets.contains("Summary"), "\(sheets)")
  }

  @Test(
    "--reports equal to or inside --inputs, or the reverse: 64 before anything is written",
    arguments: [
      ["--reports", "Inputs"], ["--reports", "Inputs/out"], ["--reports", "./Inputs/./out/"],
      ["--reports", "."], ["--inputs", "Reports/in", "--reports", "Reports"],
    ])
  func nestedFolders(options: [String]) throws {
    let workspace = try Workspace(copying: Paths.shippedInputs)
    defer { workspace.remove() }
    if options.contains("Reports/in") {
      try FileManager.default.createDirectory(
        at: workspace.reports, withIntermediateDirectories: false)
      try FileManager.default.moveItem(
        at: workspace.inputs, to: workspace.reports.appendingPathComponent("in"))
    }
    let root = FolderSnapshot(workspace.root)
    for command in [["run"], ["workbook", "2026-Q3"], ["validate"], ["summary", "2026-Q3"]] {
      let result = try workspace.run(command + options + ["--lang", "en"])
      #expect(result.status == 64, "\(command + options): \(result.stderr)")
      #expect(
        result.stderrLines.last?.contains(
          "error: the reports folder and the inputs folder may not lie inside one another") == true,
        "\(result.stderr)")
    }
    #expect(FolderSnapshot(workspace.root).differences(from: root).isEmpty)
  }
}
