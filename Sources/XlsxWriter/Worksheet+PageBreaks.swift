import CXlsxWriter

extension Worksheet {
  /// Excel's limit on manual horizontal page breaks in a sheet.
  public static let maximumPageBreaks = 1023

  /// Starts a new printed page at each of `rows` (0-based: a break at 20 prints row 20 at the top
  /// of a page). Excel ignores manual breaks on a sheet fitted to pages: give such a sheet a fixed
  /// scale with ``setPrintScale(_:)``.
  public func setPageBreaks(beforeRows rows: [Int]) throws {
    let operation = "setting page breaks on '\(name)'"
    let sheet = try live(operation)
    let breaks = Array(Set(rows)).sorted()
    guard breaks.count <= Self.maximumPageBreaks else {
      throw XlsxError(
        kind: .invalidArgument, operation: operation,
        message: "\(breaks.count) page breaks exceed Excel's \(Self.maximumPageBreaks)")
    }
    for row in breaks {
      try CellReference.validate(row: row, column: 0, operation)
      // A break before the first row would be the list's terminating 0.
      guard row > 0 else {
        throw XlsxError(
          kind: .invalidArgument, operation: operation,
          message: "a page break must come after the first row")
      }
    }
    guard !breaks.isEmpty else { return }
    var list = breaks.map { lxw_row_t($0) } + [0]
    try check(worksheet_set_h_pagebreaks(sheet, &list), operation)
  }

  /// Prints at `percent` (10–400) of the size on screen, replacing any fit to pages: the scale
  /// that keeps manual page breaks where they were put.
  public func setPrintScale(_ percent: Int) throws {
    let operation = "setting the print scale of '\(name)'"
    let sheet = try live(operation)
    guard (10...400).contains(percent) else {
      throw XlsxError(
        kind: .invalidArgument, operation: operation,
        message: "print scale \(percent)% is outside 10–400")
    }
    worksheet_set_print_scale(sheet, UInt16(percent))
    // libxlsxwriter has no call to undo worksheet_fit_to_pages; Excel lets a sheet have a scale
    // or a fit, and honours the fit when both are written.
    sheet.pointee.fit_page = 0
    sheet.pointee.fit_width = 0
    sheet.pointee.fit_height = 0
  }
}
