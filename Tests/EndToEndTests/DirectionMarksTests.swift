import Foundation
import Testing
import XlsxReading

/// Issue #14 item 13: in the Hebrew workbook every quarter code, activity id or path inside
/// Hebrew text is held left to right by marks, or LibreOffice shows `2026-Q3` as `Q3-2026`.
@Suite("Direction marks in the Hebrew workbook")
struct DirectionMarksTests {

  @Test("no mixed run in a Hebrew cell goes without marks")
  func everyMixedRunIsMarked() throws {
    let workspace = try Workspace(copying: Paths.shippedInputs)
    defer { workspace.remove() }
    let result = try workspace.run(["workbook", "2026-Q3"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let file = XlsxFile(path: workspace.report("committee", "2026-Q3", "xlsx").path)
    // Quarter codes, ids like AGR-004 and SHA-256, each with what may join them to a path.
    let mixedRun = try Regex(#"[A-Za-z0-9_./:-]*(\d{4}-Q[1-4]|[A-Z]{2,}-\d+)[A-Za-z0-9_./:-]*"#)
    var checked = 0
    for name in try file.sheetNames {
      for (reference, cell) in try file.sheet(named: name).cells {
        guard case .text(let text) = cell.value, text.contains(where: \.isHebrewLetter) else {
          continue
        }
        for match in text.matches(of: mixedRun) {
          checked += 1
          let before = text[..<match.range.lowerBound].unicodeScalars.last
          let after = text[match.range.upperBound...].unicodeScalars.first
          #expect(
            before == "\u{200E}" && after == "\u{200E}",
            "\(name)!\(reference): \(String(text[match.range])) in \(text)")
        }
      }
    }
    // The subtitles alone name the quarter on every sheet.
    #expect(checked >= 10)
  }
}

extension Character {
  fileprivate var isHebrewLetter: Bool {
    unicodeScalars.contains { (0x05D0...0x05EA).contains($0.value) }
  }
}
