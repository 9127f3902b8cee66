import CXlsxWriter

/// One of Excel's built-in table styles, e.g. `.medium(9)` for "Table Style Medium 9".
public enum TableStyle: Hashable, Sendable {
  /// "Table Style Light n", n in 1…21.
  case light(Int)
  /// "Table Style Medium n", n in 1…28.
  case medium(Int)
  /// "Table Style Dark n", n in 1…11.
  case dark(Int)
}

extension Worksheet {
  /// Turns a range into an Excel table ("ListObject"). The first row holds the
  /// `columns` headers; with `totalRow`, the last row of the range is the totals row.
  ///
  /// - Parameters:
  ///   - name: the table name used in structured references; `nil` lets Excel number it.
  ///   - columns: one header per column of the range.
  ///   - style: a built-in style; `nil` keeps Excel's default (Medium 9).
  /// Not available in constant-memory mode.
  public func addTable(
    firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int, name tableName: String? = nil,
    columns: [String], style: TableStyle? = nil, totalRow: Bool = false
  ) throws {
    let operation = "adding a table on '\(name)'"
    let sheet = try live(operation)
    try CellReference.validate(
      firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn,
      operation)
    let width = lastColumn - firstColumn + 1
    guard columns.count == width else {
      throw XlsxError(
        kind: .invalidArgument, operation: operation,
        message: "\(columns.count) column headers given for a range \(width) columns wide")
    }
    guard Set(columns.map { $0.lowercased() }).count == columns.count else {
      throw XlsxError(
        kind: .invalidArgument, operation: operation,
        message: "table column headers must be unique (case-insensitively)")
    }
    var options = lxw_table_options()
    options.name = try workbook.arena.keep(optional: tableName)
    options.total_row = totalRow ? 1 : 0
    if let style {
      let (type, number) = try Self.styleCodes(style, operation)
      options.style_type = UInt8(type.rawValue)
      options.style_type_number = UInt8(number)
    }
    var rawColumns = try columns.map { header in
      var column = lxw_table_column()
      column.header = try workbook.arena.keep(header)
      return column
    }
    try rawColumns.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      // libxlsxwriter walks a NULL-terminated array of column pointers.
      var pointers: [UnsafeMutablePointer<lxw_table_column>?] = (0..<buffer.count).map {
        base + $0
      }
      pointers.append(nil)
      try pointers.withUnsafeMutableBufferPointer { list in
        options.columns = list.baseAddress
        try check(
          worksheet_add_table(
            sheet, lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow),
            lxw_col_t(lastColumn), &options),
          operation)
      }
    }
  }

  private static func styleCodes(_ style: TableStyle, _ operation: String) throws -> (
    lxw_table_style_type, Int
  ) {
    let (type, number, limit) =
      switch style {
      case .light(let number): (LXW_TABLE_STYLE_TYPE_LIGHT, number, 21)
      case .medium(let number): (LXW_TABLE_STYLE_TYPE_MEDIUM, number, 28)
      case .dark(let number): (LXW_TABLE_STYLE_TYPE_DARK, number, 11)
      }
    guard (1...limit).contains(number) else {
      throw XlsxError(
        kind: .invalidArgument, operation: operation,
        message: "table style \(style) is outside 1…\(limit)")
    }
    return (type, number)
  }
}
