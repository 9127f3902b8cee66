import ProsperityModel
import XlsxWriter

/// Writes a sheet row by row, so each sheet's code reads as its layout, top to bottom, and
/// records what each column needs so the widths fit at the end.
package struct SheetCursor {
  let sheet: Worksheet
  let styles: WorkbookFormats
  let language: Language
  private(set) var row = 0
  var widths = ColumnWidths()
  /// Where the heading and the last table are, for freezing, filtering and printing them.
  var frame = SheetFrame()
  /// Whether text sets its column's width; off for tables whose text wraps in columns another
  /// table above already sized.
  var textSetsWidth = true
  /// The widths wrapped columns will have, by column: a row whose wrapped text needs more than
  /// one line is made tall enough for it, since viewers do not grow rows when they open a file.
  var wrapWidths: [Int: Double] = [:] {
    didSet {
      wrapByColumn = Array(repeating: nil, count: (wrapWidths.keys.max() ?? -1) + 1)
      for (column, width) in wrapWidths { wrapByColumn[column] = width }
    }
  }
  /// ``wrapWidths`` by column index, looked up for every wrapped cell without hashing.
  private var wrapByColumn: [Double?] = []

  init(_ sheet: Worksheet, styles: WorkbookFormats, row: Int = 0) {
    self.sheet = sheet
    self.styles = styles
    self.language = styles.language
    self.row = row
  }

  /// One cell's content, in one of the workbook's formats.
  enum Cell: Sendable {
    case text(String, CellFormat)
    case number(Double, CellFormat)
    /// A live formula that also carries the value it computes, for viewers that never
    /// recalculate (LibreOffice on load, previews).
    case formula(String, cached: Double, CellFormat)
    /// A live formula whose result is text, carrying that text.
    case textFormula(String, cached: String, CellFormat)
    case date(CalendarDate, CellFormat)
    /// Text already marked for its reading direction, with the width its column needs for it
    /// (see ``prepared(in:)``): made so on another thread, it costs the writer only the write.
    case shown(String, need: Double, CellFormat)
    case empty(CellFormat)
    /// Nothing at all: a chart reads a missing cell as a gap, where text would plot as 0.
    case none
  }

  /// Writes `cells` on the current row from `column` on, then moves to the next row.
  mutating func write(_ cells: [Cell], from column: Int = 0) throws {
    try write(cells, lines: Self.lines(cells, from: column, wrapping: wrapByColumn), from: column)
  }

  /// The lines the tallest wrapped cell of `cells` takes, given the wrapped columns' widths.
  static func lines(_ cells: [Cell], from column: Int = 0, wrapping widths: [Double?]) -> Int {
    var lines = 1
    for (offset, cell) in cells.enumerated() {
      guard case .text(let text, let format) = cell, format.wrapsText,
        column + offset < widths.count, let width = widths[column + offset]
      else { continue }
      lines = max(lines, Self.lines(text, width: width))
    }
    return lines
  }

  /// Writes `cells`, whose row needs `lines` lines (worked out beforehand, perhaps on another
  /// thread), then moves to the next row.
  mutating func write(_ cells: [Cell], lines: Int, from column: Int = 0) throws {
    if lines > 1 { try setHeight(min(409, Double(lines) * 12.75 + 3)) }
    for (offset, cell) in cells.enumerated() {
      try put(cell, column: column + offset)
    }
    row += 1
  }

  /// Writes one cell of the current row without moving on.
  mutating func put(_ cell: Cell, column: Int) throws {
    switch cell {
    case .shown(let shown, let need, let format):
      try sheet.write(shown, row: row, column: column, format: format)
      if textSetsWidth { widths.fit(column, need) }
    case .text(let text, let format):
      // Text laid out left to right (paths, rows as they stood in a file) needs no marks.
      let shown = format.readsLeftToRight ? text : Bidi.marked(text, in: language)
      try sheet.write(shown, row: row, column: column, format: format)
      if textSetsWidth { widths.fit(column, text: text, format: format) }
    case .number(let value, let format):
      let format = styles.format(format, for: value)
      try sheet.write(value, row: row, column: column, format: format)
      widths.fit(column, number: value, format: format, of: sheet.workbook)
    case .formula(let formula, let cached, let format):
      let format = styles.format(format, for: cached)
      try sheet.writeFormula(formula, cachedValue: cached, row: row, column: column, format: format)
      widths.fit(column, number: cached, format: format, of: sheet.workbook)
    case .textFormula(let formula, let cached, let format):
      try sheet.writeFormula(formula, cachedText: cached, row: row, column: column, format: format)
      widths.fit(column, text: cached, format: format)
    case .date(let date, let format):
      try sheet.writeDate(
        year: date.year, month: date.month, day: date.day, row: row, column: column, format: format)
      widths.fit(column, 12)
    case .empty(let format): try sheet.writeBlank(row: row, column: column, format: format)
    case .none: break
    }
  }

  /// The lines `text` takes in a column `width` characters wide, breaking at spaces.
  static func lines(_ text: String, width: Double) -> Int {
    let perLine = max(1, Int(width) - 1)
    // Most cells fit on one line; their UTF-8 length bounds their width, at no cost.
    if text.utf8.count <= perLine && !text.utf8.contains(10) { return 1 }
    var lines = 1
    var used = 0
    var word = 0
    func place() {
      if used > 0 && used + 1 + word > perLine {
        lines += 1
        used = 0
      }
      used += (used > 0 && word > 0 ? 1 : 0) + word
      while used > perLine {
        lines += 1
        used -= perLine
      }
      word = 0
    }
    // Scalars are counted by their UTF-8 lead bytes: no decoding, the same count.
    for byte in text.utf8 where byte & 0xC0 != 0x80 {
      switch byte {
      case UInt8(ascii: " "): place()
      case UInt8(ascii: "\n"):
        place()
        lines += 1
        used = 0
      default: word += 1
      }
    }
    place()
    return lines
  }

  /// Makes the current row `points` tall, and remembers it for where the pages break.
  mutating func setHeight(_ points: Double) throws {
    try sheet.setRowHeight(row: row, height: points)
    frame.rowHeights[row] = points
  }

  /// A header row, tall enough for two wrapped lines.
  mutating func header(_ labels: [LocalizedText], from column: Int = 0) throws {
    try header(labels.map { $0(language) }, from: column)
  }

  mutating func header(_ labels: [String], from column: Int = 0) throws {
    try setHeight(30)
    for (offset, label) in labels.enumerated() {
      try sheet.write(
        Bidi.marked(label, in: language), row: row, column: column + offset, format: styles.header)
      widths.fit(column + offset, header: label)
    }
    row += 1
  }

  /// A line of text in the first column that may run across the empty cells beside it.
  mutating func title(_ text: String, format: CellFormat) throws {
    try sheet.write(Bidi.marked(text, in: language), row: row, column: 0, format: format)
    row += 1
  }

  mutating func skip(_ rows: Int = 1) { row += rows }

  /// Attaches a note (an Excel comment) to a cell of the sheet.
  func note(_ text: String, row: Int, column: Int) throws {
    guard !text.isEmpty else { return }
    try sheet.writeComment(row: row, column: column, text: text)
  }

  /// A figure, or a muted dash where there is none (the reason is shown beside it).
  func figure(_ figure: Figure, unit: MeasureUnit) -> Cell {
    figure.value.map { .number($0, styles.number(unit)) } ?? .text("—", styles.muted)
  }

  func optional(_ value: Double?, _ format: CellFormat) -> Cell {
    value.map { .number($0, format) } ?? .text("—", styles.muted)
  }

  /// The A1 reference of a cell on this sheet, e.g. `C5`.
  static func a1(_ row: Int, _ column: Int) -> String {
    CellReference.a1(row: row, column: column)
  }

  /// An absolute reference to a range of `sheetName`, for formulas on other sheets.
  static func range(_ sheetName: String, _ rows: ClosedRange<Int>, _ columns: ClosedRange<Int>)
    -> String
  {
    CellReference.quotedSheetName(sheetName) + "!"
      + CellReference.range(
        firstRow: rows.lowerBound, firstColumn: columns.lowerBound, lastRow: rows.upperBound,
        lastColumn: columns.upperBound, absolute: true)
  }
}
