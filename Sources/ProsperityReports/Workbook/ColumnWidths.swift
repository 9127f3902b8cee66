import Foundation
import XlsxWriter

/// Column widths that fit what a sheet holds: each column as wide as its widest cell, within
/// limits, so numbers never show as `###` and short columns do not waste paper.
package struct ColumnWidths {
  /// What each column needs, by column index; `nil` for columns nothing was recorded in. An
  /// array, not a dictionary: every cell of a sheet records here.
  private var needs: [Double?] = []

  /// The recorded widths, by column.
  var widths: [Int: Double] {
    var widths: [Int: Double] = [:]
    for (column, need) in needs.enumerated() { if let need { widths[column] = need } }
    return widths
  }
  /// What each cell format's number format adds to a number's digits, by the format's index.
  private var shapes: [NumberFormatShape?] = []

  /// Widest a wrapped cell makes its column; longer text wraps onto more lines.
  static let wrapAt = 36.0

  /// Makes `column` at least wide enough for `characters`.
  mutating func fit(_ column: Int, _ characters: Double) {
    if column >= needs.count { needs += Array(repeating: nil, count: column - needs.count + 1) }
    needs[column] = max(needs[column] ?? 0, characters)
  }

  /// Records what a cell needs.
  mutating func fit(_ column: Int, text: String, format: CellFormat) {
    let scale = format.isBold ? 1.1 : 1
    let wraps = format.wrapsText
    // The UTF-8 length bounds the longest line: text that fits by it needs no closer look.
    let bound = Double(text.utf8.count) * scale
    if column < needs.count, let need = needs[column],
      (wraps ? min(bound, Self.wrapAt) : bound) + 2 <= need
    {
      return
    }
    fit(column, Self.need(text: text, format: format))
  }

  /// What a cell holding `text` in `format` needs of its column.
  static func need(text: String, format: CellFormat) -> Double {
    let needed = Double(longestLine(text)) * (format.isBold ? 1.1 : 1)
    return (format.wrapsText ? min(needed, wrapAt) : needed) + 2
  }

  /// Records what a number needs in `format`, one of `workbook`'s.
  mutating func fit(_ column: Int, number: Double, format: CellFormat, of workbook: Workbook) {
    if format.index >= shapes.count {
      shapes += Array(repeating: nil, count: format.index - shapes.count + 1)
    }
    // A sheet of a hundred thousand rows has only a handful of formats: each is read once.
    let shape =
      shapes[format.index]
      ?? NumberFormatShape(workbook.style(of: format)?.numberFormat ?? "General")
    shapes[format.index] = shape
    fit(column, Double(shape.length(of: number)) + 3)
  }

  /// The longest line of `text` in Unicode scalars: counting characters (grapheme clusters) would
  /// cost several times more and differs only for combining marks, which hardly change a width.
  static func longestLine(_ text: String) -> Int {
    var longest = 0
    var current = 0
    // Scalars are counted by their UTF-8 lead bytes: no decoding, the same count.
    for byte in text.utf8 where byte & 0xC0 != 0x80 {
      if byte == UInt8(ascii: "\n") {
        longest = max(longest, current)
        current = 0
      } else {
        current += 1
      }
    }
    return max(longest, current)
  }

  /// A header wraps onto two lines at a space, so it needs its longer line at the best break.
  mutating func fit(_ column: Int, header: String) {
    // A header broken by hand needs its longest line.
    if header.contains("\n") { return fit(column, Double(Self.longestLine(header)) * 1.1 + 2) }
    let words = header.split(separator: " ").map(\.count)
    var best = header.count
    for split in 1..<max(words.count, 1) {
      let first = words[..<split].reduce(0, +) + split - 1
      let second = words[split...].reduce(0, +) + words.count - split - 1
      best = min(best, max(first, second))
    }
    fit(column, Double(best) * 1.1 + 2)
  }

  /// The width ``apply(to:minimum:maximum:fixed:)`` will give `column`, as far as recorded.
  func resolved(
    _ column: Int, minimum: Double = 8, maximum: Double = 60, fixed: [Int: Double] = [:]
  ) -> Double {
    let need = column < needs.count ? needs[column] : nil
    return fixed[column] ?? min(max(need ?? minimum, minimum), maximum)
  }

  /// Sets every recorded column's width on `sheet`, clamped to `minimum…maximum`; `fixed`
  /// widths win over what was recorded. Returns the widths set, by column.
  @discardableResult
  func apply(
    to sheet: Worksheet, minimum: Double = 8, maximum: Double = 60, fixed: [Int: Double] = [:]
  ) throws -> [Int: Double] {
    var applied: [Int: Double] = [:]
    for column in Set(widths.keys).union(fixed.keys).sorted() {
      let width = resolved(column, minimum: minimum, maximum: maximum, fixed: fixed)
      try sheet.setColumnWidth(first: column, last: column, width: width)
      applied[column] = width
    }
    return applied
  }

  /// A column's width in pixels, as libxlsxwriter places drawings (Calibri 11: 7 pixels a
  /// character and 5 of padding); Excel's default column is 8.43 characters.
  static func pixels(_ width: Double?) -> Int {
    let width = width ?? 8.43
    return width < 1 ? Int(width * 12 + 0.5) : Int(width * 7 + 0.5) + 5
  }

  /// The column at which something `offset` pixels from the sheet's leading edge starts.
  static func column(atPixel offset: Int, widths: [Int: Double]) -> Int {
    var column = 0
    var edge = 0
    while edge < offset {
      edge += pixels(widths[column])
      column += 1
    }
    return column
  }

  /// The characters Excel shows for `number` in `format`, near enough for a column's width.
  static func displayLength(_ number: Double, format: String?) -> Int {
    NumberFormatShape(format ?? "General").length(of: number)
  }

}

/// How a number format shows a number: decimals, percent, grouping and literal signs.
package struct NumberFormatShape {
  let decimals: Int?
  let isPercent: Bool
  let groups: Bool
  let extras: Int

  init(_ format: String) {
    isPercent = format.contains("%")
    decimals = format.split(separator: ".").dropFirst().first.map { part in
      part.prefix { $0 == "0" }.count
    }
    groups = format.contains(",")
    extras = (isPercent ? 1 : 0) + (format.contains("\"") ? 1 : 0) + (format.hasPrefix("+") ? 1 : 0)
  }

  /// The characters `number` takes in this format, counted without formatting it as text.
  func length(of number: Double) -> Int {
    let shown = abs(isPercent ? number * 100 : number)
    let places = decimals ?? (shown.rounded() == shown ? 0 : 2)
    let scale = (0..<places).reduce(1.0) { value, _ in value * 10 }
    let rounded = (shown * scale).rounded() / scale
    var whole = 1
    var limit = 10.0
    while rounded >= limit && whole < 309 {
      whole += 1
      limit *= 10
    }
    let grouping = groups ? (whole - 1) / 3 : 0
    return whole + (places > 0 ? places + 1 : 0) + grouping + extras + (number < 0 ? 1 : 0)
  }
}
