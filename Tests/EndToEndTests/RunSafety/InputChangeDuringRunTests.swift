import Foundation
import Testing

/// The manifest records the hashes of the bytes the reports were built from: a file that changes
/// while `run` is loading never leaves reports of its old bytes under its new hash.
@Suite("An input file changing while run reads it")
struct InputChangeDuringRunTests {
  static let edited = "2026-Q3/tourism-kpis.csv"
  static let gateBytes = "a,b\n1,2\n"

  /// Sderot's visitors, 2,726 → 12,726.
  func edit(_ workspace: Workspace) throws {
    let url = workspace.inputs.appendingPathComponent(Self.edited)
    let text = try workspace.text(url)
    try Data(text.replacingOccurrences(of: "\"2,726\"", with: "\"12,726\"").utf8).write(to: url)
  }

  @Test("a file edited after run read it and before the manifest hashed it is rebuilt next time")
  func editWhileLoading() throws {
    let workspace = try Workspace(copying: Paths.shippedInputs)
    defer { workspace.remove() }
    // The loader reads a quarter's files in name order: when it opens the gate, it has read
    // tourism-kpis.csv. The first opening is the fingerprint taken before loading.
    let gatePath = workspace.inputs.appendingPathComponent("2026-Q3/zz-gate.csv").path
    let gate = try FifoGate(at: gatePath, contents: Self.gateBytes)
    let run = try StartedRun(["run", "--lang", "en"], in: workspace.root)
    let editor = workspace
    gate.serve(run.process) { opening in
      if opening == 2 { try? Self().edit(editor) }
    }
    let first = try run.finish()
    gate.finish()
    // The run either built from the new bytes or refused, naming the file.
    #expect(first.status == 73, "\(first.stderr)")
    #expect(
      first.stderrLines.contains {
        $0.hasPrefix("Inputs/\(Self.edited): error: ") && $0.contains("changed")
      }, "\(first.stderr)")
    // The pipe becomes a plain file of the same bytes: the same input, as far as hashes go.
    try FileManager.default.removeItem(atPath: gatePath)
    try Data(Self.gateBytes.utf8).write(to: URL(fileURLWithPath: gatePath))
    let second = try workspace.run(["run", "--lang", "en"])
    #expect(second.status == 65, "the gate is a stray file: \(second.stderr)")
    // What is published is what the inputs give now.
    let fresh = try Workspace(copying: workspace.inputs)
    defer { fresh.remove() }
    #expect(try fresh.run(["run", "--lang", "en"]).status == 65)
    let published = try Data(contentsOf: workspace.report("indicators", "2026-Q3", "csv"))
    #expect(published == (try Data(contentsOf: fresh.report("indicators", "2026-Q3", "csv"))))
    let visitors = IndicatorsTable(String(decoding: published, as: UTF8.self))
      .row("tourism.visitors_total")
    #expect(visitors?["value"] == "32534", "\(visitors ?? [:])")
    // And the manifest's hash of the file is the one the record says the figures were made from.
    let manifest = try workspace.text(workspace.reports.appendingPathComponent("manifest.json"))
    let sources = try workspace.text(
      workspace.reports.appendingPathComponent("2026-Q3/sources-2026-Q3.csv"))
    let recorded = try #require(
      sources.split(separator: "\n").first { $0.hasPrefix(Self.edited + ",") }?
        .split(separator: ",").last)
    #expect(manifest.contains("\"2026-Q3\\/tourism-kpis.csv\" : \"\(recorded)\""))
  }
}
