import CXlsxWriter

extension Worksheet {
  /// Starts a new printed page at each of `rows` (0-based): the row prints first on its page.
  /// LibreOffice and Excel keep these breaks when the sheet is fitted to a page's width.
  public func setPageBreaks(before rows: [Int]) throws {
    let operation = "setting page breaks on '\(name)'"
    let sheet = try live(operation)
    // libxlsxwriter ends the list with 0, so no break can come before the first row.
    guard rows.allSatisfy({ $0 > 0 && $0 <= Int(LXW_ROW_MAX) }), rows.count <= 1023 else {
      throw XlsxError(
        kind: .invalidArgument, operation: operation,
        message: "page breaks \(rows) are out of range (rows 1…\(LXW_ROW_MAX), at most 1023)")
    }
    var breaks = rows.sorted().map { lxw_row_t($0) } + [0]
    try check(worksheet_set_h_pagebreaks(sheet, &breaks), operation)
  }
}
