import Foundation
import Testing
import XlsxReading
import XlsxWriter

@testable import ProsperityModel
@testable import ProsperityReports

/// A large sheet's text cells are marked for direction and measured on the thread that makes its
/// rows: what the writer then puts is what it would have put from the text itself.
@Suite("Cells prepared beside the writer")
struct ShownCellTests {
  static let texts = [
    "סדנת יצוא AGR-004 לחקלאים", "דוח 2026-Q3 לוועדה", "פעילות רגילה", "plain English", "",
    "שורה ראשונה\nשורה שנייה ארוכה בהרבה מן הראשונה",
  ]

  @Test("the same cells and the same column widths as text written by the cursor itself")
  func sameAsWrittenFromText() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("shown-\(UUID().uuidString).xlsx").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let workbook = try Workbook(path: path)
    let styles = try WorkbookFormats(WorkbookStyles(language: .hebrew), in: workbook)
    let formats = [styles.text, styles.wrapped, styles.code, styles.path, styles.header]
    var widths: [[Int: Double]] = []
    for (name, prepared) in [("text", false), ("shown", true)] {
      var cursor = SheetCursor(try workbook.addWorksheet(named: name), styles: styles)
      for format in formats {
        let cells = Self.texts.map { SheetCursor.Cell.text($0, format) }
        try cursor.write(prepared ? cells.map { $0.prepared(in: .hebrew) } : cells, lines: 1)
      }
      widths.append(cursor.widths.widths)
    }
    try workbook.close()
    #expect(widths[0] == widths[1])
    #expect(widths[0].count == Self.texts.count)
    let file = XlsxFile(path: path)
    let text = try file.sheet(named: "text").cells
    let shown = try file.sheet(named: "shown").cells
    #expect(text.count == shown.count && text.count >= formats.count * (Self.texts.count - 1))
    for (reference, cell) in text {
      #expect(shown[reference]?.value == cell.value, "\(reference)")
    }
    // The id and the quarter inside Hebrew are held left to right (in the formats that read
    // right to left).
    guard case .text(let marked) = text["A1"]?.value else {
      Issue.record("A1 holds no text")
      return
    }
    #expect(marked.unicodeScalars.contains("\u{200E}"), "\(marked)")
  }
}
