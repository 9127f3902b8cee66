import CXlsxWriter

/// Paper sizes for printing; the raw value is Excel's `paperSize` code.
public enum PaperSize: UInt8, Sendable {
  /// US Letter (8½ × 11 in).
  case letter = 1
  /// US Legal (8½ × 14 in).
  case legal = 5
  /// A3 (297 × 420 mm).
  case a3 = 8
  /// A4 (210 × 297 mm).
  case a4 = 9
  /// A5 (148 × 210 mm).
  case a5 = 11
}

extension Worksheet {
  /// Excel's limit on header and footer text, control codes included.
  public static let headerFooterMaximumLength = Int(LXW_HEADER_FOOTER_MAX)

  /// Prints in landscape orientation.
  public func setLandscape() throws {
    worksheet_set_landscape(try live("setting landscape on '\(name)'"))
  }

  /// Prints in portrait orientation (Excel's default).
  public func setPortrait() throws {
    worksheet_set_portrait(try live("setting portrait on '\(name)'"))
  }

  /// Chooses the paper size.
  public func setPaper(_ paper: PaperSize) throws {
    worksheet_set_paper(try live("setting paper size on '\(name)'"), paper.rawValue)
  }

  /// Prints on A4 paper.
  public func setPaperA4() throws {
    try setPaper(.a4)
  }

  /// Scales the printout to at most `width` pages across and `height` pages down;
  /// 0 means "as many as needed" in that direction.
  public func fitToPages(width: Int, height: Int) throws {
    let operation = "fitting '\(name)' to pages"
    let sheet = try live(operation)
    guard (0...Int(UInt16.max)).contains(width), (0...Int(UInt16.max)).contains(height) else {
      throw XlsxError(
        kind: .invalidArgument, operation: operation,
        message: "page counts \(width)×\(height) are out of range")
    }
    worksheet_fit_to_pages(sheet, UInt16(width), UInt16(height))
  }

  /// Prints at `percent` of full size (10–400), instead of fitting to pages: Excel ignores manual
  /// page breaks on a sheet fitted to pages, so a sheet that has some is scaled this way.
  public func setPrintScale(_ percent: Int) throws {
    let operation = "setting the print scale of '\(name)'"
    let sheet = try live(operation)
    guard (10...400).contains(percent) else {
      throw XlsxError(
        kind: .invalidArgument, operation: operation,
        message: "a print scale of \(percent) % is outside 10–400 %")
    }
    worksheet_set_print_scale(sheet, UInt16(percent))
  }

  /// Starts a new printed page at each of `rows` (0-based; a break above row 0 means nothing and
  /// is refused, as are more than Excel's 1,023 breaks).
  public func setPageBreaks(beforeRows rows: [Int]) throws {
    let operation = "setting page breaks on '\(name)'"
    let sheet = try live(operation)
    guard rows.count <= Self.pageBreaksMaximum else {
      throw XlsxError(
        kind: .invalidArgument, operation: operation,
        message: "\(rows.count) page breaks, Excel allows \(Self.pageBreaksMaximum)")
    }
    for row in rows {
      guard row > 0 else {
        throw XlsxError(
          kind: .invalidArgument, operation: operation,
          message: "a page break above row \(row + 1) starts no new page")
      }
      try CellReference.validate(
        firstRow: row, firstColumn: 0, lastRow: row, lastColumn: 0, operation)
    }
    // libxlsxwriter copies the zero-terminated list.
    var breaks = rows.sorted().map { lxw_row_t($0) } + [0]
    try breaks.withUnsafeMutableBufferPointer { buffer in
      try check(worksheet_set_h_pagebreaks(sheet, buffer.baseAddress), operation)
    }
  }

  /// Excel's limit on manual page breaks in one direction.
  public static let pageBreaksMaximum = 1023

  /// Repeats rows `first…last` at the top of every printed page.
  public func repeatRows(first: Int, last: Int) throws {
    let operation = "repeating rows on '\(name)'"
    let sheet = try live(operation)
    try CellReference.validate(
      firstRow: first, firstColumn: 0, lastRow: last, lastColumn: 0, operation)
    try check(worksheet_repeat_rows(sheet, lxw_row_t(first), lxw_row_t(last)), operation)
  }

  /// Limits printing to a range.
  public func setPrintArea(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) throws {
    let operation = "setting print area on '\(name)'"
    let sheet = try live(operation)
    try CellReference.validate(
      firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn,
      operation)
    try check(
      worksheet_print_area(
        sheet, lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow),
        lxw_col_t(lastColumn)),
      operation)
  }

  /// Sets the page margins in inches.
  public func setMargins(left: Double, right: Double, top: Double, bottom: Double) throws {
    let operation = "setting margins on '\(name)'"
    let sheet = try live(operation)
    for margin in [left, right, top, bottom] {
      try Self.checkDimension(margin, limit: 49, operation)
    }
    worksheet_set_margins(sheet, left, right, top, bottom)
  }

  /// Centres the printout horizontally on the page.
  public func centerHorizontallyOnPage() throws {
    worksheet_center_horizontally(try live("centring '\(name)' on the page"))
  }

  /// Sets the printed page header, using Excel's codes: `&L`, `&C`, `&R` for the
  /// sections, `&P` page number, `&N` page count, `&A` sheet name, `&D` date.
  /// Text longer than 255 characters is refused.
  public func setHeader(_ text: String) throws {
    let operation = "setting the header of '\(name)'"
    let sheet = try live(operation)
    try Self.checkHeaderFooter(text, operation)
    try check(worksheet_set_header(sheet, try workbook.arena.keep(text)), operation)
  }

  /// Sets the printed page footer; same codes and limit as ``setHeader(_:)``.
  public func setFooter(_ text: String) throws {
    let operation = "setting the footer of '\(name)'"
    let sheet = try live(operation)
    try Self.checkHeaderFooter(text, operation)
    try check(worksheet_set_footer(sheet, try workbook.arena.keep(text)), operation)
  }

  // libxlsxwriter counts code points and reports only a bare code (plus a stderr
  // warning); Excel counts UTF-16 units, which is never fewer, so checking that here
  // is both stricter and clearer.
  private static func checkHeaderFooter(_ text: String, _ operation: String) throws {
    let length = text.utf16.count
    guard length <= headerFooterMaximumLength else {
      throw XlsxError(
        kind: .stringTooLong, operation: operation,
        message: "\(length) characters exceed Excel's header/footer limit of "
          + "\(headerFooterMaximumLength)")
    }
  }
}
