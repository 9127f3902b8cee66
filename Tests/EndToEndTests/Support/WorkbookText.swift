import Foundation
import XlsxReading

/// The XML parts of a written workbook, as text, for searches over everything it holds.
enum WorkbookText {
  static func members(of url: URL) throws -> [(name: String, text: String)] {
    let file = XlsxFile(path: url.path)
    return try file.memberNames.filter { $0.hasSuffix(".xml") }.map { ($0, try file.member($0)) }
  }
}
