import CXlsxWriter

extension Worksheet {
  /// Sets the width (in characters of the default font) and optionally the default
  /// style of columns `first…last`.
  public func setColumnWidth(
    first: Int, last: Int, width: Double, style: CellStyle? = nil, hidden: Bool = false
  ) throws {
    let operation = "setting width of columns \(first)…\(last) on '\(name)'"
    let sheet = try live(operation)
    try CellReference.validate(
      firstRow: 0, firstColumn: first, lastRow: 0, lastColumn: last, operation)
    try Self.checkDimension(width, limit: 255, operation)
    let format = try workbook.format(for: style, operation)
    var options = lxw_row_col_options()
    options.hidden = hidden ? 1 : 0
    try check(
      worksheet_set_column_opt(sheet, lxw_col_t(first), lxw_col_t(last), width, format, &options),
      operation)
  }

  /// Sets the height of a row in points and optionally its default style.
  public func setRowHeight(row: Int, height: Double, style: CellStyle? = nil) throws {
    // Described only on failure: tall rows are set on every wrapped row of a big sheet.
    func operation() -> String { "setting height of row \(row) on '\(self.name)'" }
    let (sheet, format) = try prepare(row: row, column: 0, style: style, operation())
    try Self.checkDimension(height, limit: 409, operation())
    try check(worksheet_set_row(sheet, lxw_row_t(row), height, format), operation())
  }

  /// Freezes the rows above `row` and the columns left of `column`, e.g.
  /// `freezePanes(row: 1, column: 0)` keeps the header row visible.
  public func freezePanes(row: Int, column: Int) throws {
    let operation = "freezing panes on '\(name)'"
    let sheet = try live(operation)
    try CellReference.validate(row: row, column: column, operation)
    worksheet_freeze_panes(sheet, lxw_row_t(row), lxw_col_t(column))
  }

  /// Displays the sheet right-to-left (column A on the right), as Hebrew readers expect.
  public func setRightToLeft() throws {
    worksheet_right_to_left(try live("setting right-to-left on '\(name)'"))
  }

  /// Chooses which gridlines appear on screen and on paper (by default Excel shows
  /// them on screen only).
  public func setGridlines(screen: Bool, print: Bool) throws {
    let option: lxw_gridlines =
      switch (screen, print) {
      case (false, false): LXW_HIDE_ALL_GRIDLINES
      case (true, false): LXW_SHOW_SCREEN_GRIDLINES
      case (false, true): LXW_SHOW_PRINT_GRIDLINES
      case (true, true): LXW_SHOW_ALL_GRIDLINES
      }
    worksheet_gridlines(try live("setting gridlines on '\(name)'"), UInt8(option.rawValue))
  }

  /// Hides the gridlines on screen and on paper.
  public func hideGridlines() throws {
    try setGridlines(screen: false, print: false)
  }

  /// Colours the sheet's tab (0xRRGGBB).
  public func setTabColor(_ color: UInt32) throws {
    worksheet_set_tab_color(try live("setting tab colour on '\(name)'"), lxw_color_t(color))
  }

  /// Makes this the sheet shown when the file is opened.
  public func activate() throws {
    worksheet_activate(try live("activating '\(name)'"))
  }

  /// Sets the zoom factor in percent (10–400).
  public func setZoom(_ percent: Int) throws {
    let operation = "setting zoom on '\(name)'"
    let sheet = try live(operation)
    guard (10...400).contains(percent) else {
      throw XlsxError(
        kind: .invalidArgument, operation: operation, message: "zoom \(percent)% is outside 10–400")
    }
    worksheet_set_zoom(sheet, UInt16(percent))
  }

  /// Adds filter drop-downs to the header row of a range (the first row is the header).
  public func autofilter(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) throws {
    let operation = "adding an autofilter on '\(name)'"
    let sheet = try live(operation)
    try CellReference.validate(
      firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn,
      operation)
    try check(
      worksheet_autofilter(
        sheet, lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow),
        lxw_col_t(lastColumn)),
      operation)
  }

  /// Merges a range into one cell showing `text`. The range must span at least two
  /// cells; Excel rejects single-cell merges.
  public func mergeRange(
    firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int, text: String,
    style: CellStyle? = nil
  ) throws {
    let operation = "merging a range on '\(name)'"
    let sheet = try live(operation)
    try CellReference.validate(
      firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn,
      operation)
    guard firstRow != lastRow || firstColumn != lastColumn else {
      throw XlsxError(
        kind: .invalidArgument, operation: operation, message: "a merged range needs two cells")
    }
    try Self.checkCellText(text, operation)
    let format = try workbook.format(for: style, operation)
    try check(
      worksheet_merge_range(
        sheet, lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow),
        lxw_col_t(lastColumn), text, format),
      operation)
  }

  static func checkDimension(
    _ value: Double, limit: Double, _ operation: @autoclosure () -> String
  ) throws {
    guard value.isFinite, (0...limit).contains(value) else {
      throw XlsxError(
        kind: .invalidArgument, operation: operation(), message: "\(value) is outside 0…\(limit)")
    }
  }
}
