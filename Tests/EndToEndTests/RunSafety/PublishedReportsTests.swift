import Foundation
import Testing

/// The manifest records each published file's size and SHA-256: a report replaced or edited
/// after it was written is noticed, and its quarter rebuilt.
@Suite("The manifest knows the files it published")
struct PublishedReportsTests {
  @Test("another quarter's workbook copied over a report, or one digit edited: rebuilt")
  func replacedReportIsRebuilt() throws {
    let workspace = try Workspace(copying: Paths.shippedInputs)
    defer { workspace.remove() }
    #expect(try workspace.run(["run", "--lang", "en"]).status == 0)
    let workbook = workspace.report("committee", "2026-Q2", "xlsx")
    let summary = workspace.report("summary", "2025-Q4", "txt")
    let original = try [workbook, summary].map { try Data(contentsOf: $0) }
    try FileManager.default.removeItem(at: workbook)
    try FileManager.default.copyItem(
      at: workspace.report("committee", "2026-Q1", "xlsx"), to: workbook)
    // The same size, one byte different.
    var edited = original[1]
    let digit = try #require(edited.firstIndex(of: UInt8(ascii: "7")))
    edited[digit] = UInt8(ascii: "1")
    try edited.write(to: summary)

    let dry = try workspace.run(["run", "--dry-run", "--lang", "en"])
    #expect(
      dry.stdout == """
        2025-Q4: would rebuild – reports changed since they were written: 2025-Q4/summary-2025-Q4.txt
        2026-Q2: would rebuild – reports changed since they were written: 2026-Q2/committee-2026-Q2.xlsx

        """, "\(dry.stdout)")
    #expect(try workspace.run(["run", "--lang", "en"]).status == 0)
    #expect(try [workbook, summary].map { try Data(contentsOf: $0) } == original)
    let again = try workspace.run(["run", "--lang", "en"])
    #expect(again.stderr.contains("nothing to do: all 11 quarters are up to date"))
  }
}
