import XlsxWriter

/// How a sheet of several tables and charts is cut into printed pages: each part (a table with
/// its title, a chart) starts a new page when it would not fit on what is left of the current
/// one, so no table runs onto a page without its header and no chart straddles a break.
///
/// A sheet fitted to the page width lets the viewer pick the scale, and Excel then ignores manual
/// breaks; so the sheet is printed at a fixed scale worked out from its columns' widths, the
/// widest that keeps it one page wide.
struct ComparisonPages {
  /// A4 landscape less the margins ``TabSetup`` sets (half an inch each side, three quarters top
  /// and bottom), in points.
  static let printableWidth = 841.9 - 72
  static let printableHeight = 595.3 - 108
  /// What the estimates of widths and heights may be off by: the pages keep this much spare.
  static let slack = 0.9
  /// Rows as libxlsxwriter writes them (15 points), headers of two lines, titles in larger type.
  static let rowHeight = 15.0
  static let headerHeight = 30.0
  static let titleHeight = 24.0
  static let sectionHeight = 18.0

  /// The print scale in percent.
  let scale: Int
  /// What a page holds, in points of the sheet as shown on screen.
  let capacity: Double
  private(set) var parts: [(first: Int, height: Double)] = []

  /// A character of a column's width, in points, as LibreOffice measures it where Calibri (the
  /// width unit's font) is not installed: 9.3 pixels, where Excel takes 7. The wider is taken,
  /// so that the sheet stays one page wide in both.
  static let pointsPerCharacter = 7.0

  /// How wide columns of `widths` (characters, by column) through `lastColumn` print at full
  /// size, in points, at most.
  static func width(of widths: [Int: Double], through lastColumn: Int) -> Double {
    (0...max(lastColumn, 0)).reduce(0) { $0 + (widths[$1] ?? 8.43) * pointsPerCharacter + 4 }
  }

  /// The scale at which columns of `widths` (characters, by column) through `lastColumn` fill
  /// the page width, and what a page then holds.
  init(widths: [Int: Double], lastColumn: Int) {
    let points = Self.width(of: widths, through: lastColumn)
    let fit = Self.printableWidth * Self.slack / max(points, 1) * 100
    scale = max(10, min(100, Int(fit)))
    capacity = Self.printableHeight * Self.slack * 100 / Double(scale)
  }

  /// Records a part starting at row `first`, `height` points tall on screen.
  mutating func add(first: Int, height: Double) {
    parts.append((first, height))
  }

  /// The rows before which a page break goes: before each part that would not fit on the page.
  var breaks: [Int] {
    var breaks: [Int] = []
    var used = 0.0
    for part in parts {
      if used > 0 && used + part.height > capacity {
        breaks.append(part.first)
        used = 0
      }
      used += part.height
    }
    return breaks
  }

  /// Sets the scale and the breaks on `sheet`, after ``TabSetup`` has set up its paper.
  func apply(to sheet: Worksheet) throws {
    try sheet.setPrintScale(scale)
    try sheet.setPageBreaks(beforeRows: breaks.filter { $0 > 0 })
  }
}
