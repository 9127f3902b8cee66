import Foundation
import Testing
import XlsxReading

/// Each engine's committee reads only its own engine: `run` writes, per quarter, the cluster's
/// pack and one pack per engine (workbook and text summary), rebuilt with the quarter.
@Suite("Engine packs")
struct EnginePackTests {
  static let engines = ["agritech", "media", "rehabilitation", "rahat", "tourism"]

  @Test("run writes every engine's workbook and summary with each quarter, listed in the manifest")
  func everyEngineEveryQuarter() throws {
    let workspace = try Workspace(copying: Paths.shippedInputs)
    defer { workspace.remove() }
    #expect(try workspace.run(["run", "--lang", "en", "--quiet"]).status == 0)
    let manifest = try #require(
      JSONSerialization.jsonObject(
        with: Data(contentsOf: workspace.reports.appendingPathComponent("manifest.json")))
        as? [String: Any])
    let builds = try #require(manifest["quarters"] as? [String: [String: Any]])
    for quarter in ["2024-Q1", "2026-Q3"] {
      let outputs = try #require(builds[quarter]?["outputs"] as? [String: Any])
      for engine in Self.engines {
        let workbook = "\(quarter)/committee-\(quarter)-\(engine).xlsx"
        let summary = "\(quarter)/summary-\(quarter)-\(engine).txt"
        for path in [workbook, summary] {
          #expect(workspace.exists(workspace.reports.appendingPathComponent(path)), "\(path)")
          #expect(outputs[path] != nil, "\(path) in the manifest")
        }
      }
    }
    // The tourism pack holds tourism alone: its summary names no other engine's indicator.
    let tourism = try workspace.text(
      workspace.reports.appendingPathComponent("2026-Q3/summary-2026-Q3-tourism.txt"))
    let cluster = try workspace.text(workspace.report("summary", "2026-Q3", "txt"))
    #expect(tourism.contains("Overnight stays"))
    #expect(cluster.contains("Exporting companies") && !tourism.contains("Exporting companies"))
    let book = try XlsxFile(
      path: workspace.reports.appendingPathComponent("2026-Q3/committee-2026-Q3-tourism.xlsx").path)
    #expect(try book.sheetNames.contains("Tourism"))
    #expect(try !book.sheetNames.contains("Media Industry"))
    // Its page 1 is built exception-first for tourism alone (issue #14 item 4): two green and
    // four amber indicators, no red; the four ambers listed with their comments.
    let page = try book.sheet(named: "Summary")
    #expect(page.string(at: "A4") == "Key messages")
    #expect(
      page.string(at: "A5")?.hasPrefix("• Status of the 6 indicators: 0 red, 4 amber and 2 green")
        == true)
    #expect(page.string(at: "A7") == "• No indicator is red.")
    let exceptions = try #require(
      page.row(where: "A", is: "Red and amber indicators – for the committee"))
    let statuses = ((exceptions + 2)...).lazy.map { page.string(at: "C\($0)") }
      .prefix { $0 != nil }.compactMap { $0 }
    #expect(Array(statuses) == Array(repeating: "▲ amber", count: 4))
    #expect(tourism.contains("■ Key messages\n  • Status of the 6 indicators: 0 red, 4 amber"))
  }

  @Test("a changed input rebuilds the packs with their quarter; an engine leaving drops its pack")
  func packsFollowTheirQuarter() throws {
    let workspace = try Workspace(copying: Paths.shippedInputs)
    defer { workspace.remove() }
    #expect(try workspace.run(["run", "--lang", "en", "--quiet"]).status == 0)
    let pack = workspace.reports.appendingPathComponent("2026-Q3/summary-2026-Q3-tourism.txt")
    let before = try workspace.text(pack)
    let kpis = workspace.inputs.appendingPathComponent("2026-Q3/tourism-kpis.csv")
    let text = try String(contentsOf: kpis, encoding: .utf8)
    try text.replacingOccurrences(of: "\"2,726\"", with: "\"2,999\"").write(
      to: kpis, atomically: true, encoding: .utf8)
    #expect(try workspace.run(["run", "--lang", "en", "--quiet"]).status == 0)
    #expect(try workspace.text(pack) != before, "the tourism pack was rebuilt")
    // Media leaves the catalog (its measures and indicators with it): its pack goes too.
    for name in ["engines.csv", "measures.csv", "indicators.csv", "targets.csv", "rules.csv"] {
      let url = workspace.inputs.appendingPathComponent(name)
      let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: .newlines)
      try lines.filter { !$0.contains("media") }.joined(separator: "\n").write(
        to: url, atomically: true, encoding: .utf8)
    }
    let rerun = try workspace.run(["run", "--lang", "en", "--quiet", "--force"])
    #expect(rerun.status == 0 || rerun.status == 65, "\(rerun.stderr)")
    let folder = workspace.reports.appendingPathComponent("2026-Q3")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(!names.contains { $0.contains("-media.") }, "\(names.sorted())")
    #expect(names.contains("committee-2026-Q3-tourism.xlsx"))
  }
}
