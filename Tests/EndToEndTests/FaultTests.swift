import Foundation
import Testing
import XlsxReading

/// Faults a cron job meets: a run killed at any moment, a read-only or full reports folder.
@Suite("Faults", .serialized)
struct FaultTests {
  /// Every published quarter folder holds one complete version: the summary, the workbook and the
  /// CSV all open, and the summary and workbook are in the same language.
  @discardableResult
  private func checkConsistent(_ workspace: Workspace) throws -> Set<Bool> {
    var languages: Set<Bool> = []
    let folders = try FileManager.default.contentsOfDirectory(atPath: workspace.reports.path)
      .filter { !$0.hasPrefix(".") && $0.contains("-Q") }
    for quarter in folders {
      let summary = try workspace.text(workspace.report("summary", quarter, "txt"))
      let hebrew = summary.hasPrefix("אשכול נגב מערבי")
      languages.insert(hebrew)
      #expect(
        hebrew || summary.hasPrefix("Western Negev Cluster"), "\(quarter): \(summary.prefix(40))")
      #expect(
        summary.contains(hebrew ? "■ בעיות נתונים" : "■ Data problems"), "\(quarter) summary is cut"
      )
      let workbook = XlsxFile(path: workspace.report("committee", quarter, "xlsx").path)
      #expect(try workbook.sheetNames.first == (hebrew ? "סיכום" : "Summary"), "\(quarter)")
      let csv = try workspace.text(workspace.report("indicators", quarter, "csv"))
      #expect(csv.hasPrefix("engine,indicator,quarter,") && csv.hasSuffix("\n"), "\(quarter)")
    }
    return languages
  }

  @Test("kill -9 at 50 moments of a run: every quarter's reports are all old or all new")
  func killedRunsLeaveConsistentReports() throws {
    let workspace = try Workspace(copying: Paths.shippedInputs)
    defer { workspace.remove() }
    let started = Date()
    #expect(try workspace.run(["--force"]).status == 0)
    let duration = Date().timeIntervalSince(started)
    var killedMidway = 0
    for point in 0..<50 {
      let language = point % 2 == 0 ? "en" : "he"
      let process = try ProsperityProcess.start(
        ["--force", "--lang", language], in: workspace.root)
      Thread.sleep(forTimeInterval: duration * (Double(point) + 0.5) / 50)
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      if try checkConsistent(workspace).count == 2 { killedMidway += 1 }
    }
    // Some kills must land between two quarters, or the test proves nothing about atomicity.
    #expect(killedMidway > 0)
    let final = try workspace.run(["--lang", "en"])
    #expect(final.status == 0)
    try checkConsistent(workspace)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.reports.path)
      .filter { $0.contains(".staging-") || $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty, "the next run sweeps what killed runs left: \(leftovers)")
  }

  @Test(
    "a read-only reports folder: exit 73, old reports intact, no temporary files",
    .enabled(if: ScratchMount.isAvailable, "needs root and permission to mount a tmpfs"))
  func readOnlyReports() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    let mount = try ScratchMount(at: workspace.reports.path, kilobytes: 4096)
    defer { mount.unmount() }
    #expect(try workspace.run(["--lang", "en"]).status == 0)
    let before = try Data(contentsOf: workspace.report("committee", "2026-Q2", "xlsx"))
    #expect(mount.makeReadOnly())
    let result = try workspace.run(["--force"])
    #expect(result.status == 73, "\(result.stderr)")
    #expect(result.stderr.contains("Read-only file system"), "\(result.stderr)")
    #expect(try Data(contentsOf: workspace.report("committee", "2026-Q2", "xlsx")) == before)
    let hidden = try FileManager.default.contentsOfDirectory(atPath: workspace.reports.path)
      .filter { $0.contains(".staging-") || $0.hasSuffix(".tmp") }
    #expect(hidden.isEmpty)
  }

  @Test(
    "a full disk: exit 73, the quarter being written keeps its old reports, nothing half-written",
    .enabled(if: ScratchMount.isAvailable, "needs root and permission to mount a tmpfs"))
  func fullDisk() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    let mount = try ScratchMount(at: workspace.reports.path, kilobytes: 1024)
    defer { mount.unmount() }
    #expect(try workspace.run(["--lang", "en"]).status == 0)
    let before = try Data(contentsOf: workspace.report("committee", "2025-Q2", "xlsx"))
    // Fill the disk but for a few kilobytes: too little for a new quarter folder.
    let filler = workspace.reports.appendingPathComponent("filler.bin")
    FileManager.default.createFile(atPath: filler.path, contents: nil)
    let handle = try FileHandle(forWritingTo: filler)
    let block = Data(count: 4096)
    while (try? handle.write(contentsOf: block)) != nil {}
    try handle.close()
    let result = try workspace.run(["--force"])
    #expect(result.status == 73, "\(result.stderr)")
    #expect(result.stderr.contains("No space left on device"), "\(result.stderr)")
    #expect(try Data(contentsOf: workspace.report("committee", "2025-Q2", "xlsx")) == before)
    let hidden = try FileManager.default.contentsOfDirectory(atPath: workspace.reports.path)
      .filter { $0.contains(".staging-") || $0.hasSuffix(".tmp") }
    #expect(hidden.isEmpty, "\(hidden)")
  }
}
