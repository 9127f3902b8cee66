import Foundation
import Testing

/// A quarter is not published again when an engine would keep values for fewer than half of the
/// indicators it has published values for (a catalog problem, most likely): the old reports stay,
/// an error says why, and `--force` publishes anyway.
@Suite("An engine losing most of its values")
struct CatalogLossTests {
  /// measures.csv saved without its tourism rows: five of tourism's six indicators lose their
  /// measures; only budget execution (activity totals) keeps a value.
  func dropTourismMeasures(_ workspace: Workspace) throws {
    let url = workspace.inputs.appendingPathComponent("measures.csv")
    let lines = try workspace.text(url).components(separatedBy: "\r\n")
    try Data(lines.filter { !$0.hasPrefix("tourism.") }.joined(separator: "\r\n").utf8)
      .write(to: url)
  }

  @Test("run and workbook refuse, naming quarter and engine; --force publishes")
  func refusedUnlessForced() throws {
    let workspace = try Workspace(copying: Paths.shippedInputs)
    defer { workspace.remove() }
    #expect(try workspace.run(["run", "--lang", "en"]).status == 0)
    let before = FolderSnapshot(workspace.reports)
    try dropTourismMeasures(workspace)

    for command in [["run"], ["workbook", "2026-Q3"], ["run", "--quiet"]] {
      let result = try workspace.run(command + ["--lang", "en"])
      #expect(result.status == 65, "\(command): \(result.stderr)")
      #expect(
        result.stderrLines.contains(
          "Reports/2026-Q3/indicators-2026-Q3.csv: error: 2026-Q3 was not published again: "
            + "tourism would have values for 1 of the 6 indicators it has published values for "
            + "(see the errors above); the published reports stay as they were. Correct the "
            + "inputs, or run again with --force to publish anyway"), "\(command): \(result.stderr)"
      )
      #expect(FolderSnapshot(workspace.reports).differences(from: before).isEmpty, "\(command)")
    }

    let forced = try workspace.run(["run", "--force", "--lang", "en"])
    #expect(forced.status == 65, "\(forced.stderr)")
    #expect(!forced.stderr.contains("was not published again"))
    let table = IndicatorsTable(
      try workspace.text(workspace.report("indicators", "2026-Q3", "csv")))
    #expect(
      table.rows.filter { $0["engine"] == "tourism" }.map { $0["indicator"] } == [
        "tourism.budget_execution"
      ])
    // Published now: the next run has nothing to refuse.
    let next = try workspace.run(["run", "--lang", "en"])
    #expect(next.stderr.contains("nothing to do"), "\(next.stderr)")
  }
}
