import XlsxWriter

/// Writes a sheet row by row, so each sheet's code reads as its layout, top to bottom.
struct SheetCursor {
  let sheet: Worksheet
  let styles: WorkbookStyles
  let language: Language
  private(set) var row = 0

  init(_ sheet: Worksheet, styles: WorkbookStyles) {
    self.sheet = sheet
    self.styles = styles
    self.language = styles.language
  }

  /// One cell's content.
  enum Cell {
    case text(String, CellStyle)
    case number(Double, CellStyle)
    case empty(CellStyle)
  }

  mutating func write(_ cells: [Cell]) throws {
    for (column, cell) in cells.enumerated() {
      switch cell {
      case .text(let text, let style): try sheet.write(text, row: row, column: column, style: style)
      case .number(let value, let style):
        try sheet.write(value, row: row, column: column, style: style)
      case .empty(let style): try sheet.writeBlank(row: row, column: column, style: style)
      }
    }
    row += 1
  }

  /// A header row, tall enough for two wrapped lines.
  mutating func header(_ labels: [LocalizedText]) throws {
    try sheet.setRowHeight(row: row, height: 30)
    try write(labels.map { .text($0(language), styles.header) })
  }

  mutating func title(_ text: String, style: CellStyle) throws {
    try sheet.write(text, row: row, column: 0, style: style)
    row += 1
  }

  mutating func skip(_ rows: Int = 1) { row += rows }

  /// A figure, or a muted dash where there is none (the reason is shown beside it).
  func figure(_ figure: Figure, unit: MeasureUnit) -> Cell {
    figure.value.map { .number($0, styles.number(unit)) } ?? .text("—", styles.muted)
  }

  func optional(_ value: Double?, _ style: CellStyle) -> Cell {
    value.map { .number($0, style) } ?? .text("—", styles.muted)
  }
}
