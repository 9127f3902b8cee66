import Foundation
import Testing

/// `prosperity run` rebuilds only what is out of date, knowing that a quarter depends on every
/// quarter folder up to it and on the catalog.
@Suite("Incremental runs", .serialized)
struct IncrementalRunTests {
  /// The modification time of each quarter's workbook, to see which quarters a run rewrote.
  private func stamps(_ workspace: Workspace) throws -> [String: Date] {
    var stamps: [String: Date] = [:]
    for quarter in ["2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"] {
      let attributes = try FileManager.default.attributesOfItem(
        atPath: workspace.report("committee", quarter, "xlsx").path)
      stamps[quarter] = attributes[.modificationDate] as? Date
    }
    return stamps
  }

  @Test("a second run on unchanged inputs writes nothing and says so")
  func unchangedInputsWriteNothing() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    #expect(try workspace.run(["--lang", "en"]).status == 0)
    let before = try stamps(workspace)
    Thread.sleep(forTimeInterval: 1.1)
    let second = try workspace.run(["--lang", "en"])
    #expect(second.status == 0)
    #expect(
      second.stderr.contains("nothing to do: all 5 quarters are up to date"), "\(second.stderr)")
    #expect(!second.stderr.contains("wrote "))
    #expect(try stamps(workspace) == before)
  }

  @Test(
    "a change to a first-quarter file rebuilds that quarter and every later one, not earlier ones")
  func changeRebuildsDependents() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    #expect(try workspace.run(["--lang", "en"]).status == 0)
    let kpis = workspace.inputs.appendingPathComponent("2026-Q1/rehabilitation-kpis.csv")
    try (try workspace.text(kpis) + "\n").write(to: kpis, atomically: true, encoding: .utf8)
    let dry = try workspace.run(["run", "--dry-run", "--lang", "en"])
    #expect(dry.status == 0)
    #expect(
      dry.stdout == """
        2026-Q1: would rebuild – inputs changed: 2026-Q1/rehabilitation-kpis.csv
        2026-Q2: would rebuild – inputs changed: 2026-Q1/rehabilitation-kpis.csv

        """)
    let before = try stamps(workspace)
    Thread.sleep(forTimeInterval: 1.1)
    #expect(try workspace.run(["--lang", "en"]).status == 0)
    let after = try stamps(workspace)
    for quarter in ["2025-Q2", "2025-Q3", "2025-Q4"] { #expect(after[quarter] == before[quarter]) }
    for quarter in ["2026-Q1", "2026-Q2"] { #expect(after[quarter] != before[quarter]) }
  }

  @Test(
    "--force rebuilds everything; a catalog change, a new language or a deleted report rebuilds too"
  )
  func forceAndOtherReasons() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    #expect(try workspace.run(["--lang", "en"]).status == 0)
    let forced = try workspace.run(["run", "--force", "--dry-run", "--lang", "en"])
    #expect(forced.stdout.split(separator: "\n").count == 5)
    #expect(forced.stdout.contains("2025-Q2: would rebuild – rebuild forced (--force)"))
    let language = try workspace.run(["run", "--dry-run"])
    #expect(language.stdout.split(separator: "\n").count == 5, "\(language.stdout)")
    try FileManager.default.removeItem(at: workspace.report("summary", "2025-Q4", "txt"))
    let missing = try workspace.run(["run", "--dry-run", "--lang", "en"])
    #expect(
      missing.stdout == "2025-Q4: would rebuild – reports missing: 2025-Q4/summary-2025-Q4.txt\n")
    let targets = workspace.inputs.appendingPathComponent("targets.csv")
    try (try workspace.text(targets) + "\n").write(to: targets, atomically: true, encoding: .utf8)
    let catalog = try workspace.run(["run", "--dry-run", "--lang", "en"])
    #expect(catalog.stdout.split(separator: "\n").count == 5)
    #expect(
      !workspace.exists(workspace.reports.appendingPathComponent("2025-Q4/summary-2025-Q4.txt")))
  }
}

/// A run that rebuilds only some quarters writes them exactly as a full rebuild does: a quarter is
/// loaded with its activity rows only when it is rebuilt.
@Suite("Partial rebuilds")
struct PartialRebuildTests {
  @Test("a quarter an incremental run rebuilds is byte for byte what `workbook` writes for it")
  func incrementalEqualsWorkbook() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    #expect(try workspace.run(["run", "--lang", "en"]).status == 0)
    let kpis = workspace.inputs.appendingPathComponent("2026-Q1/rehabilitation-kpis.csv")
    try (try workspace.text(kpis) + "\n").write(to: kpis, atomically: true, encoding: .utf8)
    #expect(try workspace.run(["run", "--lang", "en"]).status == 0)
    let kinds = [("committee", "xlsx"), ("summary", "txt"), ("indicators", "csv")]
    let files = { try kinds.map { try Data(contentsOf: workspace.report($0.0, "2026-Q2", $0.1)) } }
    let incremental = try files()
    #expect(try workspace.run(["workbook", "2026-Q2", "--lang", "en"]).status == 0)
    #expect(try files() == incremental)
    // The delayed activities are listed, so the rows were there to list.
    #expect(try workspace.text(workspace.report("summary", "2026-Q2", "txt")).contains("REH-1"))
  }
}

/// Quarters are built two at a time, yet a run reports as if it built them in turn.
@Suite("Runs on both cores")
struct ParallelRunTests {
  @Test("what each quarter prints comes in quarter order, whole, as a sequential run prints it")
  func outputInQuarterOrder() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    let run = try workspace.run(["run", "--force", "--lang", "en"])
    #expect(run.status == 0)
    let wrote = run.stderr.split(separator: "\n").compactMap { line -> String? in
      guard let range = line.range(of: "info: wrote ") else { return nil }
      return String(line[range.upperBound...])
    }
    let quarters = ["2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"]
    let written = wrote.filter { !$0.contains("/compare/") }
    // Each quarter's files together, quarters in order, then the comparisons.
    let folders = written.map { path in quarters.first { path.contains("/\($0)/") } ?? "?" }
    // Five reports and records, then each engine's pack (the fixture's engines: tourism and
    // rehabilitation) and the packs' record.
    #expect(folders == quarters.flatMap { Array(repeating: $0, count: 10) }, "\(run.stderr)")
    #expect(wrote.suffix(4).allSatisfy { $0.contains("/compare/") })
    for quarter in quarters {
      let names = written.filter { $0.contains("/\(quarter)/") }.map {
        ($0 as NSString).lastPathComponent
      }
      #expect(
        names == [
          "committee-\(quarter).xlsx", "summary-\(quarter).txt", "indicators-\(quarter).csv",
          "catalog-\(quarter).csv", "sources-\(quarter).csv",
          "summary-\(quarter)-tourism.txt", "summary-\(quarter)-rehabilitation.txt",
          "committee-\(quarter)-tourism.xlsx", "committee-\(quarter)-rehabilitation.xlsx",
          "packs-\(quarter).csv",
        ])
    }
  }
}
