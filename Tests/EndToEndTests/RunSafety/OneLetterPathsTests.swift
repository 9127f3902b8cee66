import Foundation
import Testing

/// Paths one character long, as a hurried operator types them: Foundation's
/// `deletingLastPathComponent` traps on `R`, which every folder and `--output` went through.
@Suite("One-letter paths")
struct OneLetterPathsTests {
  @Test(
    "--reports R, --inputs I and one-letter outputs work like any other path",
    arguments: [
      (["run", "--reports", "R"], ["R/2026-Q3/committee-2026-Q3.xlsx"]),
      (["run", "--inputs", "I", "--reports", "S"], ["S/2026-Q3/summary-2026-Q3.txt"]),
      (["workbook", "2026-Q3", "--output", "w"], ["w", "Reports/2026-Q3/summary-2026-Q3.txt"]),
      (["compare", "2026-Q2", "2026-Q3", "--output", "c"], ["c.xlsx", "c.txt"]),
    ])
  func oneLetter(arguments: [String], written: [String]) throws {
    let workspace = try Workspace(copying: Paths.shippedInputs)
    defer { workspace.remove() }
    try FileManager.default.copyItem(
      at: workspace.inputs, to: workspace.root.appendingPathComponent("I"))
    let result = try workspace.run(arguments + ["--lang", "en", "--quiet"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(!result.stderr.contains("crashed"), "\(result.stderr)")
    for path in written {
      #expect(workspace.exists(workspace.root.appendingPathComponent(path)), "\(path)")
    }
  }
}
