import Foundation
import Testing
import XlsxReading

/// The record of a publication (catalog-Q.csv, sources-Q.csv) is published in the same folder
/// exchange as the reports, and a restatement, once found, stays in every report of its quarter
/// until the inputs change again.
@Suite("Records and restatements")
struct RecordExchangeTests {
  static let edited = "2026-Q2/tourism-kpis.csv"

  /// Sderot's visitors in 2026-Q2: 4,071 → 5,071.
  func editVisitors(_ workspace: Workspace) throws {
    let url = workspace.inputs.appendingPathComponent(Self.edited)
    let text = try workspace.text(url)
    #expect(text.contains("\"4,071\""))
    try Data(("\u{FEFF}" + text.replacingOccurrences(of: "\"4,071\"", with: "\"5,071\"")).utf8)
      .write(to: url)
  }

  @Test("a record that cannot replace the old one stops the quarter whole: all old or all new")
  func recordsInTheExchange() throws {
    let workspace = try Workspace(copying: Paths.shippedInputs)
    defer { workspace.remove() }
    #expect(try workspace.run(["run", "--lang", "en"]).status == 0)
    let folder = workspace.reports.appendingPathComponent("2026-Q2")
    let sourcesURL = folder.appendingPathComponent("sources-2026-Q2.csv")
    let oldSources = try workspace.text(sourcesURL)
    let oldIndicators = try workspace.text(workspace.report("indicators", "2026-Q2", "csv"))
    // Something that the record's own rename could not replace.
    let catalog = folder.appendingPathComponent("catalog-2026-Q2.csv")
    try FileManager.default.removeItem(at: catalog)
    try FileManager.default.createDirectory(
      at: catalog.appendingPathComponent("inside"), withIntermediateDirectories: true)
    try editVisitors(workspace)

    let run = try workspace.run(["run", "--lang", "en"])
    #expect(run.status == 0, "\(run.stderr)")
    let sources = try workspace.text(sourcesURL)
    #expect(sources != oldSources)
    #expect(try workspace.text(workspace.report("indicators", "2026-Q2", "csv")) != oldIndicators)
    var isDirectory: ObjCBool = false
    #expect(FileManager.default.fileExists(atPath: catalog.path, isDirectory: &isDirectory))
    #expect(!isDirectory.boolValue)
    #expect(try workspace.text(catalog).hasPrefix("indicator,engine,unit,direction,formula"))
    // And the restatement was found against the old record, and is shown.
    #expect(run.stderr.contains("2026-Q2: a published value was restated"), "\(run.stderr)")
  }

  /// The quarter's summary has its restated-values section and its workbook the sheet.
  func restates(_ workspace: Workspace, _ quarter: String) throws -> (summary: Bool, sheet: Bool) {
    let summary = try workspace.text(workspace.report("summary", quarter, "txt"))
    let sheets = try XlsxFile(path: workspace.report("committee", quarter, "xlsx").path).sheetNames
    return (summary.contains("■ Restated values"), sheets.contains("Restatements"))
  }

  @Test("workbook by hand, then run, then run --force: the restatement stays until inputs change")
  func restatementPersists() throws {
    let workspace = try Workspace(copying: Paths.shippedInputs)
    defer { workspace.remove() }
    #expect(try workspace.run(["run", "--lang", "en"]).status == 0)
    try editVisitors(workspace)
    let byHand = try workspace.run(["workbook", "2026-Q2", "--lang", "en"])
    #expect(byHand.status == 0, "\(byHand.stderr)")
    #expect(try restates(workspace, "2026-Q2") == (true, true))
    let published = try workspace.text(workspace.report("summary", "2026-Q2", "txt"))
    let section = try #require(published.range(of: "■ Restated values"))
    #expect(published[section.lowerBound...].contains("Visitors total"))

    let night = try workspace.run(["run", "--lang", "en"])
    #expect(night.status == 0, "\(night.stderr)")
    #expect(try restates(workspace, "2026-Q2") == (true, true))
    #expect(try workspace.text(workspace.report("summary", "2026-Q2", "txt")) == published)
    // 2026-Q3's year to date reads 2026-Q2: restated too, from this run on.
    #expect(try restates(workspace, "2026-Q3") == (true, true))

    let forced = try workspace.run(["run", "--force", "--lang", "en"])
    #expect(forced.status == 0)
    #expect(try workspace.text(workspace.report("summary", "2026-Q2", "txt")) == published)
    #expect(try restates(workspace, "2026-Q3") == (true, true))
    #expect(
      forced.stderrLines.contains {
        $0.hasPrefix("Reports/2026-Q2/superseded-indicators-2026-Q2.csv:")
          && $0.contains("2026-Q2: a published value was restated – Visitors total")
      }, "\(forced.stderr)")

    // The inputs change again, the figures do not: nothing is restated any more.
    let url = workspace.inputs.appendingPathComponent(Self.edited)
    try (try Data(contentsOf: url) + Data("\r\n".utf8)).write(to: url)
    #expect(try workspace.run(["run", "--lang", "en"]).status == 0)
    #expect(try restates(workspace, "2026-Q2") == (false, false))
    #expect(try restates(workspace, "2026-Q3") == (false, false))
    let files = try FileManager.default.contentsOfDirectory(
      atPath: workspace.reports.appendingPathComponent("2026-Q2").path)
    #expect(!files.contains { $0.hasPrefix("superseded-") }, "\(files)")
  }
}
