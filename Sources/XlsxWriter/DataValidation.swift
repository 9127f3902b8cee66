import CXlsxWriter

extension Worksheet {
  /// Restricts cells to a drop-down list whose choices come from a cell range,
  /// e.g. `sourceRange: "='Lists'!$A$1:$A$12"` (see ``CellReference/rangeFormula``).
  ///
  /// Only the range form is offered: libxlsxwriter 1.1.4 aborts the whole process
  /// ("buffer overflow detected") when an inline list is within Excel's 255-character
  /// limit but longer than 255 bytes of UTF-8, which any Hebrew list soon is.
  public func dataValidationList(
    firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int, sourceRange: String,
    errorTitle: String? = nil, errorMessage: String? = nil
  ) throws {
    var validation = lxw_data_validation()
    validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
    validation.value_formula = try workbook.arena.keep(sourceRange)
    try addValidation(
      &validation, firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow,
      lastColumn: lastColumn, errorTitle: errorTitle, errorMessage: errorMessage)
  }

  /// Restricts cells to numbers in `minimum…maximum` (whole numbers only when
  /// `wholeNumbers` is true); Excel refuses anything else with an error box.
  public func dataValidationNumber(
    firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int, minimum: Double,
    maximum: Double, wholeNumbers: Bool = false, errorTitle: String? = nil,
    errorMessage: String? = nil
  ) throws {
    let operation = "adding a number validation on '\(name)'"
    try Self.checkFinite(minimum, operation)
    try Self.checkFinite(maximum, operation)
    guard minimum <= maximum else {
      throw XlsxError(
        kind: .invalidArgument, operation: operation,
        message: "minimum \(minimum) is greater than maximum \(maximum)")
    }
    let type = wholeNumbers ? LXW_VALIDATION_TYPE_INTEGER : LXW_VALIDATION_TYPE_DECIMAL
    var validation = lxw_data_validation()
    validation.validate = UInt8(type.rawValue)
    validation.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
    (validation.minimum_number, validation.maximum_number) = (minimum, maximum)
    try addValidation(
      &validation, firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow,
      lastColumn: lastColumn, errorTitle: errorTitle, errorMessage: errorMessage)
  }

  private func addValidation(
    _ validation: inout lxw_data_validation, firstRow: Int, firstColumn: Int, lastRow: Int,
    lastColumn: Int, errorTitle: String?, errorMessage: String?
  ) throws {
    let operation = "adding a data validation on '\(name)'"
    let sheet = try live(operation)
    try CellReference.validate(
      firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn,
      operation)
    // Excel limits validation titles to 32 and messages to 255 characters.
    for (text, limit) in [(errorTitle, 32), (errorMessage, 255)] {
      if let text, text.utf16.count > limit {
        throw XlsxError(
          kind: .stringTooLong, operation: operation,
          message: "'\(text)' exceeds Excel's limit of \(limit) characters")
      }
    }
    validation.error_title = try workbook.arena.keep(optional: errorTitle)
    validation.error_message = try workbook.arena.keep(optional: errorMessage)
    try check(
      worksheet_data_validation_range(
        sheet, lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow),
        lxw_col_t(lastColumn), &validation),
      operation)
  }
}
