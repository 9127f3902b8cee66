import Foundation
import Testing
import XlsxReading

/// A committee workbook written by the binary into a fresh workspace, read back from the .xlsx.
struct WrittenWorkbook {
  let workspace: Workspace
  let file: XlsxFile

  /// Runs `workbook QUARTER` on `fixture` with `arguments` and opens the workbook it wrote.
  init(
    _ arguments: [String] = [], quarter: String = "2026-Q2", fixture: String = "clean",
    expecting status: Int32 = 0, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    workspace = try Workspace(fixture: fixture)
    let result = try workspace.run(["workbook", quarter] + arguments)
    #expect(result.status == status, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
    file = XlsxFile(path: workspace.report("committee", quarter, "xlsx").path)
  }

  func sheet(_ name: String) throws -> SheetContents { try file.sheet(named: name) }

  func remove() { workspace.remove() }
}
