import Foundation
import Testing

/// `2026-Q2` may also be written `Q2-2026`, `2026Q2` or `Q2 2026`; reports always use `2026-Q2`.
@Suite("Quarter spellings")
struct QuarterSpellingTests {
  @Test(
    "Other spellings write the same files as 2026-Q2",
    arguments: ["Q2-2026", "2026Q2", "Q2 2026", "2026-q2"])
  func spelling(_ spelling: String) throws {
    let canonical = try Workspace(fixture: "clean")
    defer { canonical.remove() }
    #expect(try canonical.run(["workbook", "2026-Q2"]).status == 0)
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    let result = try workspace.run(["workbook", spelling])
    #expect(result.status == 0, "\(spelling): \(result.stderr)")
    for (kind, ext) in [("indicators", "csv"), ("summary", "txt")] {
      let written = try workspace.text(workspace.report(kind, "2026-Q2", ext))
      #expect(written == (try canonical.text(canonical.report(kind, "2026-Q2", ext))), "\(kind)")
    }
    #expect(workspace.exists(workspace.report("committee", "2026-Q2", "xlsx")))
    let summary = try workspace.run(["summary", spelling])
    #expect(summary.status == 0)
    #expect(summary.stdout == (try canonical.text(canonical.report("summary", "2026-Q2", "txt"))))
  }
}
