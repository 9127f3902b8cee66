import CXlsxWriter

extension Worksheet {
  /// Restricts cells to a drop-down list whose choices come from a cell range,
  /// e.g. `sourceRange: "='Lists'!$A$1:$A$12"` (see ``CellReference/rangeFormula``).
  ///
  /// Only the range form is offered: libxlsxwriter 1.1.4 aborts the whole process when
  /// an inline list exceeds Excel's 255-byte limit, and a range has no such limit.
  public func dataValidationList(
    firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int, sourceRange: String,
    errorTitle: String? = nil, errorMessage: String? = nil
  ) throws {
    let operation = "adding a list validation on '\(name)'"
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
    let arena = workbook.arena
    var validation = lxw_data_validation()
    validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
    validation.value_formula = try arena.keep(sourceRange)
    validation.error_title = try arena.keep(optional: errorTitle)
    validation.error_message = try arena.keep(optional: errorMessage)
    try check(
      worksheet_data_validation_range(
        sheet, lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow),
        lxw_col_t(lastColumn), &validation),
      operation)
  }
}
