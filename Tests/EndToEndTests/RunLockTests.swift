import Foundation
import Testing

/// One run at a time: a second run exits 75 at once; a lock left by a dead run blocks nothing.
@Suite("Run lock")
struct RunLockTests {
  @Test("a second run while the lock is held exits 75 with a clear message, writing nothing")
  func concurrentRunIsRefused() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    let lock = try HeldRunLock(workspace)
    let refused = try workspace.run(["--lang", "en"])
    #expect(refused.status == 75)
    #expect(
      refused.stderrLines.contains {
        $0.hasSuffix(
          "error: another run is writing the reports folder (Reports/.prosperity.lock); try again later"
        )
      }, "\(refused.stderr)")
    #expect(!workspace.exists(workspace.reports.appendingPathComponent("2026-Q2")))
    let workbook = try workspace.run(["workbook", "2026-Q2"])
    #expect(workbook.status == 75)
    lock.release()
    // The lock file is still there, as a killed run would leave it: it blocks nothing.
    #expect(FileManager.default.fileExists(atPath: lock.path))
    #expect(try workspace.run(["--lang", "en"]).status == 0)
  }
}
