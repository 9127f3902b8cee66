import CXlsxWriter

/// One sheet of a ``Workbook``. Rows and columns are 0-based and checked against
/// Excel's limits before reaching libxlsxwriter.
///
/// A worksheet keeps its workbook alive; once the workbook is closed every method
/// throws ``XlsxError/Kind/workbookClosed``. In constant-memory mode (see
/// ``WorkbookOptions/constantMemory``) write rows in ascending order.
public final class Worksheet {
  /// The workbook this sheet belongs to.
  public let workbook: Workbook
  /// The sheet's name as shown on its tab.
  public let name: String
  private let handle: UnsafeMutablePointer<lxw_worksheet>

  init(workbook: Workbook, handle: UnsafeMutablePointer<lxw_worksheet>, name: String) {
    self.workbook = workbook
    self.handle = handle
    self.name = name
  }

  /// The C worksheet, valid only while the workbook is open.
  func live(_ operation: @autoclosure () -> String) throws -> UnsafeMutablePointer<lxw_worksheet> {
    try workbook.ensureOpen(operation())
    return handle
  }

  /// Checks the cell, then returns the C worksheet and the style's format.
  func prepare(
    row: Int, column: Int, style: CellStyle?, _ operation: @autoclosure () -> String
  ) throws -> (
    sheet: UnsafeMutablePointer<lxw_worksheet>, format: UnsafeMutablePointer<lxw_format>?
  ) {
    try prepare(row: row, column: column, look: .style(style), operation())
  }

  /// Checks the cell, then returns the C worksheet and the look's format.
  func prepare(
    row: Int, column: Int, look: CellLook, _ operation: @autoclosure () -> String
  ) throws -> (
    sheet: UnsafeMutablePointer<lxw_worksheet>, format: UnsafeMutablePointer<lxw_format>?
  ) {
    let sheet = try live(operation())
    try CellReference.validate(row: row, column: column, operation())
    return (sheet, try workbook.format(for: look, operation()))
  }

  /// Where an operation happened, for error messages.
  func describe(_ what: String, row: Int, column: Int) -> String {
    "\(what) at '\(name)'!\(CellReference.a1(row: row, column: column))"
  }

  /// Writes text. Excel caps a cell at 32,767 characters; longer text is refused.
  public func write(_ text: String, row: Int, column: Int, style: CellStyle? = nil) throws {
    try write(text, row: row, column: column, look: .style(style))
  }

  /// Writes text in a format found beforehand (see ``Workbook/format(_:)``).
  public func write(_ text: String, row: Int, column: Int, format: CellFormat) throws {
    try write(text, row: row, column: column, look: .format(format))
  }

  func write(_ text: String, row: Int, column: Int, look: CellLook) throws {
    // Each write's description is a local function, not a closure kept in a constant: such a
    // closure is allocated with `self` retained for every cell, and only a failure reads it.
    func operation() -> String { self.describe("writing text", row: row, column: column) }
    let (sheet, format) = try prepare(row: row, column: column, look: look, operation())
    try Self.checkCellText(text, operation())
    try check(
      worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), text, format), operation())
  }

  /// Writes a number. NaN and infinities are refused: they must never reach a report.
  public func write(_ number: Double, row: Int, column: Int, style: CellStyle? = nil) throws {
    try write(number, row: row, column: column, look: .style(style))
  }

  /// Writes a number in a format found beforehand (see ``Workbook/format(_:)``).
  public func write(_ number: Double, row: Int, column: Int, format: CellFormat) throws {
    try write(number, row: row, column: column, look: .format(format))
  }

  func write(_ number: Double, row: Int, column: Int, look: CellLook) throws {
    func operation() -> String { self.describe("writing a number", row: row, column: column) }
    try Self.checkFinite(number, operation())
    let (sheet, format) = try prepare(row: row, column: column, look: look, operation())
    try check(
      worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), number, format), operation())
  }

  /// Writes a boolean cell (TRUE/FALSE).
  public func write(_ value: Bool, row: Int, column: Int, style: CellStyle? = nil) throws {
    func operation() -> String { self.describe("writing a boolean", row: row, column: column) }
    let (sheet, format) = try prepare(row: row, column: column, style: style, operation())
    try check(
      worksheet_write_boolean(sheet, lxw_row_t(row), lxw_col_t(column), value ? 1 : 0, format),
      operation())
  }

  /// Writes a formula such as `"=SUM(B2:B9)"` with the value Excel should show before
  /// it recalculates (viewers that never recalculate show only this value).
  public func writeFormula(
    _ formula: String, cachedValue: Double, row: Int, column: Int, style: CellStyle? = nil
  ) throws {
    try writeFormula(
      formula, cachedValue: cachedValue, row: row, column: column, look: .style(style))
  }

  /// Writes a formula with its value, in a format found beforehand (see ``Workbook/format(_:)``).
  public func writeFormula(
    _ formula: String, cachedValue: Double, row: Int, column: Int, format: CellFormat
  ) throws {
    try writeFormula(
      formula, cachedValue: cachedValue, row: row, column: column, look: .format(format))
  }

  func writeFormula(
    _ formula: String, cachedValue: Double, row: Int, column: Int, look: CellLook
  ) throws {
    func operation() -> String { self.describe("writing a formula", row: row, column: column) }
    try Self.checkFinite(cachedValue, operation())
    let (sheet, format) = try prepare(row: row, column: column, look: look, operation())
    try check(
      worksheet_write_formula_num(
        sheet, lxw_row_t(row), lxw_col_t(column), formula, format, cachedValue),
      operation())
  }

  /// Writes a formula whose result is text, with that text as the cached value.
  public func writeFormula(
    _ formula: String, cachedText: String, row: Int, column: Int, style: CellStyle? = nil
  ) throws {
    try writeFormula(formula, cachedText: cachedText, row: row, column: column, look: .style(style))
  }

  /// Writes a formula whose result is text, in a format found beforehand.
  public func writeFormula(
    _ formula: String, cachedText: String, row: Int, column: Int, format: CellFormat
  ) throws {
    try writeFormula(
      formula, cachedText: cachedText, row: row, column: column, look: .format(format))
  }

  func writeFormula(
    _ formula: String, cachedText: String, row: Int, column: Int, look: CellLook
  ) throws {
    func operation() -> String { self.describe("writing a formula", row: row, column: column) }
    let (sheet, format) = try prepare(row: row, column: column, look: look, operation())
    try check(
      worksheet_write_formula_str(
        sheet, lxw_row_t(row), lxw_col_t(column), formula, format, cachedText),
      operation())
  }

  /// Writes an empty cell that carries a style (libxlsxwriter drops unstyled blanks).
  public func writeBlank(row: Int, column: Int, style: CellStyle? = nil) throws {
    try writeBlank(row: row, column: column, look: .style(style))
  }

  /// Writes an empty cell in a format found beforehand (see ``Workbook/format(_:)``).
  public func writeBlank(row: Int, column: Int, format: CellFormat) throws {
    try writeBlank(row: row, column: column, look: .format(format))
  }

  func writeBlank(row: Int, column: Int, look: CellLook) throws {
    func operation() -> String { self.describe("writing a blank", row: row, column: column) }
    let (sheet, format) = try prepare(row: row, column: column, look: look, operation())
    try check(worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(column), format), operation())
  }

  /// Attaches a note (an Excel "comment") to a cell.
  ///
  /// - Parameters:
  ///   - author: shown in the note's status bar; `nil` leaves it empty.
  ///   - visible: show the note permanently instead of only on hover.
  public func writeComment(
    row: Int, column: Int, text: String, author: String? = nil, visible: Bool = false
  ) throws {
    func operation() -> String { self.describe("writing a note", row: row, column: column) }
    let sheet = try live(operation())
    try CellReference.validate(row: row, column: column, operation())
    try Self.checkCellText(text, operation())
    var options = lxw_comment_options()
    options.visible = UInt8(
      (visible ? LXW_COMMENT_DISPLAY_VISIBLE : LXW_COMMENT_DISPLAY_DEFAULT).rawValue)
    options.author = try workbook.arena.keep(optional: author)
    try check(
      worksheet_write_comment_opt(
        sheet, lxw_row_t(row), lxw_col_t(column), try workbook.arena.keep(text), &options),
      operation())
  }

  static func checkFinite(_ number: Double, _ operation: @autoclosure () -> String) throws {
    guard number.isFinite else {
      throw XlsxError(
        kind: .nonFiniteNumber, operation: operation(),
        message: "\(number) is not a finite number and cannot be written to a report")
    }
  }

  static func checkCellText(_ text: String, _ operation: @autoclosure () -> String) throws {
    // UTF-8 is never shorter than UTF-16, and its count is free.
    guard text.utf8.count <= 32_767 || text.utf16.count <= 32_767 else {
      throw XlsxError(
        kind: .stringTooLong, operation: operation(),
        message: "text of \(text.utf16.count) characters exceeds Excel's 32,767 per cell")
    }
  }
}
