import ProsperityIndicators
import ProsperityModel
import XlsxWriter

/// Status shown by colour and by symbol and word, so it survives black-and-white printing; where
/// there is an attainment the status is a live formula over it, and conditional formats colour
/// the cell by its symbol, so an edited figure recolours its status.
package struct StatusCells {
  let styles: WorkbookFormats
  let thresholds: StatusThresholds

  /// `● green`, `▲ amber`, `○ red` or `– grey`, in the sheet's language.
  func text(_ status: Status) -> String {
    ReportText.statusSymbol(status) + " " + status.label(styles.language)
  }

  /// The status of `result`; `attainment` is the A1 reference of its attainment cell, if any.
  func cell(_ result: IndicatorResult, attainment: String?) -> SheetCursor.Cell {
    let shown = text(result.status)
    let style = styles.status(result.status)
    guard let attainment, result.attainment != nil else { return .text(shown, style) }
    // The thresholds' bands as nested IFs, best first: the rule that computed the status.
    let formula = thresholds.bands.reversed().reduce(quoted(text(.red))) { otherwise, band in
      "IF(\(attainment)>=\(NumberText.plain(band.from)),\(quoted(text(band.status))),\(otherwise))"
    }
    return .textFormula("=" + formula, cached: shown, style)
  }

  /// Colours every status cell of `rows` × `column` by the symbol it shows.
  func colour(_ sheet: Worksheet, rows: ClosedRange<Int>, column: Int) throws {
    for status in Status.allCases {
      try sheet.conditionalFormat(
        firstRow: rows.lowerBound, firstColumn: column, lastRow: rows.upperBound,
        lastColumn: column,
        .textContains(ReportText.statusSymbol(status), style: styles.book.status(status)))
    }
  }

  /// A string literal inside a formula: quotes are doubled.
  private func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
