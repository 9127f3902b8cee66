import ProsperityModel
import XlsxWriter

/// The frame every sheet of the tool's workbooks shares, written through its cursor: the title and
/// the lines under it, a table's header row (frozen, filtered), the columns' widths, and what is
/// printed again on every page. The workbook adds direction and paper (``TabSetup``) itself.
extension SheetCursor {
  /// Opens the sheet: its title, the lines under it (subtitles unless `lineFormat` says
  /// otherwise), then a blank row.
  mutating func heading(_ title: String, _ lines: [String] = [], lineFormat: CellFormat? = nil)
    throws
  {
    let first = row
    try self.title(title, format: styles.title)
    for line in lines { try self.title(line, format: lineFormat ?? styles.subtitle) }
    frame.heading = first...(row - 1)
    skip()
  }

  /// A line of a details block: `label` in the first column, `value` beside it, running across
  /// the empty cells beyond so it does not widen the column, marked as every cell is.
  mutating func detail(_ label: String, _ value: String) throws {
    try sheet.write(label, row: row, column: 0, format: styles.label)
    try sheet.write(
      Bidi.marked(value, in: language), row: row, column: 1, format: styles.detail)
    skip()
  }

  /// Keeps the title and the lines under it in view while the rest scrolls: for a sheet of
  /// several tables, where freezing one table's header would head the others wrongly.
  func freezeHeading() throws {
    guard let heading = frame.heading else { return }
    try sheet.freezePanes(row: heading.upperBound + 1, column: 0)
  }

  /// The header row of a table whose rows follow: the table ``filter(otherwise:)`` filters and
  /// ``SheetFrame/Repeated/tableHeader`` prints on every page. With `freezing`, the rows down to
  /// the header and that many columns stay in view while the rest scrolls.
  mutating func tableHeader(_ labels: [LocalizedText], freezing columns: Int? = nil) throws {
    try tableHeader(labels.map { $0(language) }, freezing: columns)
  }

  mutating func tableHeader(_ labels: [String], freezing columns: Int? = nil) throws {
    frame.table = (header: row, lastColumn: labels.count - 1)
    try header(labels)
    if let columns { try sheet.freezePanes(row: row, column: columns) }
  }

  /// A table of `rows` rows whose header is at ``WorkbookPlan/tableTop``'s last row, frozen: an
  /// Excel table named `name`, or where libxlsxwriter has none (a streamed sheet, an empty table)
  /// a header row with an autofilter.
  mutating func filterableTable(_ labels: [String], rows: Int, name: String, streamed: Bool)
    throws
  {
    let headerRow = WorkbookPlan.tableTop - 1
    if row < headerRow { skip(headerRow - row) }
    try sheet.freezePanes(row: headerRow + 1, column: 0)
    let last = headerRow + max(rows, 1)
    if streamed || rows == 0 {
      try tableHeader(labels)
      try sheet.autofilter(
        firstRow: headerRow, firstColumn: 0, lastRow: last, lastColumn: labels.count - 1)
    } else {
      try sheet.addTable(
        firstRow: headerRow, firstColumn: 0, lastRow: last, lastColumn: labels.count - 1,
        name: name, columns: labels, style: .light(9))
      // The same header text in the workbook's own style: LibreOffice draws no table styles.
      try tableHeader(labels)
    }
  }

  /// An autofilter over the last table, from its header down to the last row written; a table
  /// without rows shows `empty` instead, when given.
  mutating func filter(otherwise empty: String? = nil) throws {
    guard let table = frame.table else { return }
    if row > table.header + 1 {
      try sheet.autofilter(
        firstRow: table.header, firstColumn: 0, lastRow: row - 1, lastColumn: table.lastColumn)
    } else if let empty {
      try write([.text(empty, styles.muted)])
    }
  }

  /// Sets each column as wide as what was written in it needs, within `maximum`; `fixed` widths
  /// win. Returns the widths set, by column, for drawings placed by them.
  @discardableResult
  mutating func fitColumns(maximum: Double, fixed: [Int: Double] = [:]) throws -> [Int: Double] {
    let applied = try widths.apply(to: sheet, maximum: maximum, fixed: fixed)
    frame.columnWidths.merge(applied) { $1 }
    return applied
  }

  /// Sets fixed widths, each on a span of columns, in order.
  mutating func setColumns(_ spans: [(columns: ClosedRange<Int>, width: Double)]) throws {
    for span in spans {
      try sheet.setColumnWidth(
        first: span.columns.lowerBound, last: span.columns.upperBound, width: span.width)
      for column in span.columns { frame.columnWidths[column] = span.width }
    }
  }

  /// Starts a new printed page at the current row, whatever the page holds so far.
  mutating func startPage() {
    if row > 0, !frame.pageBreaks.contains(row) { frame.pageBreaks.append(row) }
  }

  /// Breaks the printed pages between the blocks starting at rows `starts` (a short table with
  /// its title, a band of charts, then the long table last) wherever one would be cut. Call it
  /// once the columns are sized: their width sets the print scale, and so a page's rows.
  mutating func keepTogether(blocksStartingAt starts: [Int]) {
    let flow = PageFlow(frame: frame, scale: TabSetup.scale(fitting: frame.widthInPixels))
    frame.pageBreaks = Array(
      Set(frame.pageBreaks).union(flow.breaks(blockStarts: starts, end: row))
    ).sorted()
  }

  /// How the sheet is printed: the rows printed again at the top of every page, and the title its
  /// pages carry when not the one the workbook gave it.
  func printing(repeating: SheetFrame.Repeated = .none, title: String? = nil) -> SheetPrinting {
    let rows: ClosedRange<Int>?
    switch repeating {
    case .none: rows = nil
    case .heading: rows = frame.heading
    case .tableHeader: rows = frame.table.map { $0.header...$0.header }
    }
    return SheetPrinting(
      repeating: rows, title: title, pageBreaks: frame.pageBreaks,
      widthInPixels: frame.widthInPixels)
  }
}

/// Where a sheet's frame landed, recorded as the cursor writes it.
struct SheetFrame {
  /// The title and the lines under it.
  var heading: ClosedRange<Int>?
  /// The last table's header row and last column.
  var table: (header: Int, lastColumn: Int)?
  /// The rows that start a new printed page.
  var pageBreaks: [Int] = []
  /// The widths set, by column.
  var columnWidths: [Int: Double] = [:]
  /// The heights set, in points, by row; the others are Excel's default.
  var rowHeights: [Int: Double] = [:]

  /// How far the drawings reach from the leading edge, in pixels at 100 %, where one sits beside
  /// a table rather than under it.
  var drawingsWidth = 0

  /// How wide the columns, or the drawings beside them, are together, in pixels at 100 %.
  var widthInPixels: Int {
    let lastColumn = max(columnWidths.keys.max() ?? 0, table?.lastColumn ?? 0)
    let columns = (0...lastColumn).reduce(0) { $0 + ColumnWidths.pixels(columnWidths[$1]) }
    return max(columns, drawingsWidth)
  }

  /// The rows a long sheet prints again at the top of each page.
  enum Repeated {
    case none
    /// The title and the lines under it: for a sheet whose tables differ down the page.
    case heading
    /// The last table's header row: for a sheet that is one long table.
    case tableHeader
  }
}

/// What a written sheet asks of its paper; the workbook applies it with ``TabSetup``.
struct SheetPrinting {
  let repeating: ClosedRange<Int>?
  /// The title on its pages, when not its name as wanted (a part of a long list names the part).
  let title: String?
  /// The rows that start a new page; none lets the pages break where they fill.
  var pageBreaks: [Int] = []
  /// How wide the sheet's columns are together, in pixels at 100 %.
  var widthInPixels = 0
  /// The rows and columns printed, when not all of them.
  var printArea: (rows: ClosedRange<Int>, columns: ClosedRange<Int>)?
}
