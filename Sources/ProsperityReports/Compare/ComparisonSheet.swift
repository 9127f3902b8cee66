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
  func write(into sheet: Worksheet) throws -> SheetPrinting
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
