/// A1-style cell addressing and Excel's grid limits, all 0-based on the Swift side.
public enum CellReference {
  /// Number of rows in an Excel worksheet.
  public static let rowCount = 1_048_576
  /// Number of columns in an Excel worksheet (A … XFD).
  public static let columnCount = 16_384

  /// The letters of a 0-based column: 0 → "A", 25 → "Z", 26 → "AA", 16383 → "XFD".
  ///
  /// Columns outside the grid are clamped rather than trapping, because this helper
  /// is also used to build messages about out-of-range cells.
  public static func columnLetters(_ column: Int) -> String {
    var remaining = min(max(column, 0), columnCount - 1) + 1
    // At most three letters (XFD), built as bytes: formulas name cells on every row.
    var letters: [UInt8] = []
    letters.reserveCapacity(3)
    while remaining > 0 {
      letters.append(UInt8(65 + (remaining - 1) % 26))
      remaining = (remaining - 1) / 26
    }
    letters.reverse()
    return String(decoding: letters, as: UTF8.self)
  }

  /// The A1 reference of a 0-based cell: `a1(row: 6, column: 1)` → "B7",
  /// or "$B$7" when `absolute` is true.
  public static func a1(row: Int, column: Int, absolute: Bool = false) -> String {
    let dollar = absolute ? "$" : ""
    return "\(dollar)\(columnLetters(column))\(dollar)\(row + 1)"
  }

  /// The A1 reference of a 0-based rectangle, e.g. "A2:C9" (or "$A$2:$C$9").
  public static func range(
    firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int, absolute: Bool = false
  ) -> String {
    let first = a1(row: firstRow, column: firstColumn, absolute: absolute)
    let last = a1(row: lastRow, column: lastColumn, absolute: absolute)
    return "\(first):\(last)"
  }

  /// A sheet name as it must appear inside a formula: always single-quoted, with any
  /// apostrophe doubled, so Hebrew names and names with spaces or quotes are safe.
  public static func quotedSheetName(_ sheet: String) -> String {
    let doubled = sheet.flatMap { $0 == "'" ? ["'", "'"] : [$0] }
    return "'" + String(doubled) + "'"
  }

  /// A formula pointing at an absolute range on a sheet, e.g. `='Sheet 1'!$A$2:$A$9`,
  /// as charts, defined names and data validation lists expect.
  public static func rangeFormula(
    sheet: String, firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int
  ) -> String {
    let cells = range(
      firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn,
      absolute: true)
    return "=\(quotedSheetName(sheet))!\(cells)"
  }

  /// Throws unless the 0-based cell lies inside Excel's grid.
  static func validate(row: Int, column: Int, _ operation: @autoclosure () -> String) throws {
    guard (0..<rowCount).contains(row), (0..<columnCount).contains(column) else {
      throw XlsxError(
        kind: .cellOutOfRange, operation: operation(),
        message:
          "cell (row \(row), column \(column)) is outside Excel's grid of "
          + "\(rowCount) rows × \(columnCount) columns")
    }
  }

  /// Throws unless both corners lie inside the grid and the first precedes the last.
  static func validate(
    firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int, _ operation: String
  ) throws {
    try validate(row: firstRow, column: firstColumn, operation)
    try validate(row: lastRow, column: lastColumn, operation)
    guard firstRow <= lastRow, firstColumn <= lastColumn else {
      throw XlsxError(
        kind: .invalidArgument, operation: operation,
        message: "range corners are reversed: (\(firstRow), \(firstColumn))"
          + " comes after (\(lastRow), \(lastColumn))")
    }
  }
}

extension Workbook {
  /// Same as ``CellReference/rangeFormula(sheet:firstRow:firstColumn:lastRow:lastColumn:)``.
  public static func rangeFormula(
    sheet: String, firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int
  ) -> String {
    CellReference.rangeFormula(
      sheet: sheet, firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow,
      lastColumn: lastColumn)
  }
}
