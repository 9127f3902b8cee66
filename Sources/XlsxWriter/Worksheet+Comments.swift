import CXlsxWriter

extension Worksheet {
  /// Attaches a note (an Excel "comment") to a cell.
  ///
  /// - Parameters:
  ///   - author: shown in the note's status bar; `nil` leaves it empty.
  ///   - visible: show the note permanently instead of only on hover.
  public func writeComment(
    row: Int, column: Int, text: String, author: String? = nil, visible: Bool = false
  ) throws {
    let operation = describe("writing a note", row: row, column: column)
    let sheet = try live(operation)
    try CellReference.validate(row: row, column: column, operation)
    try Self.checkCellText(text, operation)
    var options = lxw_comment_options()
    options.visible = UInt8(
      (visible ? LXW_COMMENT_DISPLAY_VISIBLE : LXW_COMMENT_DISPLAY_DEFAULT).rawValue)
    options.author = try workbook.arena.keep(optional: author)
    try check(
      worksheet_write_comment_opt(
        sheet, lxw_row_t(row), lxw_col_t(column), try workbook.arena.keep(text), &options),
      operation)
  }
}
