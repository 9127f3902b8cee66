import ProsperityCompare
import ProsperityModel
import XlsxWriter

/// A sheet of the comparison workbook: one tab named ``title``. ComparisonWorkbook adds it right to
/// left in Hebrew and sets it up for print; to add one, write it in a file of its own and add its
/// type to ``ComparisonWorkbook/sheets`` where its tab goes.
protocol ComparisonSheet {
  static var title: LocalizedText { get }
  init(comparison: QuarterComparison, styles: WorkbookFormats)
  /// Writes the sheet into `sheet`; returns how it is printed.
  func write(into sheet: Worksheet) throws -> ComparisonPrinting
}

/// How a comparison sheet is printed: as every sheet of the tool's workbooks, and for a sheet of
/// several tables and charts, at the scale and with the page breaks that keep each one whole.
struct ComparisonPrinting {
  let printing: SheetPrinting
  var pages: ComparisonPages? = nil
}

extension ComparisonWorkbook {
  /// The comparison workbook's sheets in tab order.
  static var sheets: [any ComparisonSheet.Type] {
    [
      ComparisonSummarySheet.self,
      ComparisonIndicatorsSheet.self,
      ComparisonActivitiesSheet.self,
      ComparisonCatalogSheet.self,
    ]
  }
}
