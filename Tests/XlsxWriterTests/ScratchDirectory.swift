import Foundation
import XlsxReading
import XlsxWriter

/// A fresh directory per test, removed when the value is released, so tests running
/// in parallel never share files.
final class ScratchDirectory {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("xlsxwriter-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: url)
  }

  func path(_ name: String) -> String {
    url.appendingPathComponent(name).path
  }

  /// Builds a one-sheet workbook with `build`, closes it and opens it for reading.
  func write(
    _ name: String = "book.xlsx", sheet: String = "Sheet1", options: WorkbookOptions = .init(),
    _ build: (Workbook, Worksheet) throws -> Void
  ) throws -> XlsxFile {
    let file = path(name)
    let workbook = try Workbook(path: file, options: options)
    let worksheet = try workbook.addWorksheet(named: sheet)
    try build(workbook, worksheet)
    try workbook.close()
    return XlsxFile(path: file)
  }
}
