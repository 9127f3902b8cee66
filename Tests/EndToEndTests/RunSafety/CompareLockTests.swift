import Foundation
import Testing

/// `compare` writes into the reports folder, so it takes the run lock like `run` and `workbook`:
/// a run starting meanwhile can never sweep its temporary files as a killed run's leftovers.
@Suite("compare takes the run lock")
struct CompareLockTests {
  @Test("compare while another command holds the lock exits 75 and writes nothing")
  func compareWaitsForNobody() throws {
    let workspace = try Workspace(copying: Paths.shippedInputs)
    defer { workspace.remove() }
    let lock = try HeldRunLock(workspace)
    let before = FolderSnapshot(workspace.reports)
    for output in [[], ["--output", "papers/cmp"]] {
      let refused = try workspace.run(["compare", "2026-Q2", "2026-Q3", "--lang", "en"] + output)
      #expect(refused.status == 75, "\(refused.stderr)")
      #expect(
        refused.stderrLines.last
          == "Reports/.prosperity.lock: error: another run is writing the reports folder "
          + "(Reports/.prosperity.lock); try again later", "\(refused.stderr)")
    }
    #expect(FolderSnapshot(workspace.reports).differences(from: before).isEmpty)
    #expect(!workspace.exists(workspace.root.appendingPathComponent("papers")))
    lock.release()
    let compared = try workspace.run(["compare", "2026-Q2", "2026-Q3", "--lang", "en"])
    #expect(compared.status == 0, "\(compared.stderr)")
    let text = try workspace.text(workspace.comparison("2026-Q2_vs_2026-Q3", "txt"))
    #expect(text.contains("2026-Q2") && text.contains("2026-Q3"))
  }
}
