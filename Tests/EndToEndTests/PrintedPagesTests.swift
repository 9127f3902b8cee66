import Foundation
import Testing
import XlsxReading

/// The shipped data's workbooks as the committee gets them on paper: printed by LibreOffice to PDF
/// and read back with poppler. A table continued on a new page must start that page with its
/// header row; the page count stays within bounds a committee pack can be read in.
@Suite(
  "Printed pages",
  .enabled(if: RenderedPages.missingTools.isEmpty, Comment(rawValue: RenderedPages.skipReason)))
struct PrintedPagesTests {
  @Test(
    "the 2026-Q3 committee workbook: 14 to 30 pages, every continued table headed",
    arguments: ["he", "en"])
  func committeeWorkbook(language: String) throws {
    let printed = try Printed(["workbook", "2026-Q3", "--lang", language]) {
      $0.report("committee", "2026-Q3", "xlsx")
    }
    defer { printed.remove() }
    // At least a page per sheet; past 30 pages (28 in Hebrew, 27 in English today) the pack is
    // no longer one a committee reads through.
    #expect((14...30).contains(printed.pages.pageCount), "\(printed.pages.pageCount) pages")
    let check = try printed.continuedTables()
    #expect(
      check.headerless.isEmpty, "\(check.headerless.map(\.description).joined(separator: "\n"))")
  }

  @Test("the latest comparison (2026-Q2 vs 2026-Q3, Hebrew): 4 to 8 pages, every table headed")
  func comparisonWorkbook() throws {
    let printed = try Printed(["compare", "2026-Q2", "2026-Q3"]) {
      $0.comparison("2026-Q2_vs_2026-Q3", "xlsx")
    }
    defer { printed.remove() }
    // At least a page per sheet (four); 5 today.
    #expect((4...8).contains(printed.pages.pageCount), "\(printed.pages.pageCount) pages")
    let check = try printed.continuedTables()
    #expect(check.headerless.isEmpty, "\(check.headerless)")
  }
}

/// One report of the shipped data, written by the binary and printed.
private struct Printed {
  let workspace: Workspace
  let workbook: URL
  let pages: RenderedPages

  init(_ arguments: [String], report: (Workspace) -> URL) throws {
    workspace = try Workspace(copying: Paths.shippedInputs)
    let result = try workspace.run(arguments)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    workbook = report(workspace)
    pages = try RenderedPages(
      rendering: workbook, into: workspace.root.appendingPathComponent("printed"))
    print("\(workbook.lastPathComponent) printed on \(pages.pageCount) pages")
  }

  /// The continued-table check, after making sure it saw what it checks: every page assigned
  /// to a sheet, and every table it can find found on some page.
  func continuedTables(sourceLocation: SourceLocation = #_sourceLocation) throws
    -> ContinuedTables
  {
    let check = try ContinuedTables(pages: pages, workbook: XlsxFile(path: workbook.path))
    #expect(check.unassignedPages.isEmpty, sourceLocation: sourceLocation)
    let missed = check.tablesFindable.subtracting(check.tablesFound)
    #expect(
      !check.tablesFindable.isEmpty && missed.isEmpty, "\(missed.sorted())",
      sourceLocation: sourceLocation)
    return check
  }

  func remove() { workspace.remove() }
}
