import ProsperityModel

/// Where a quarter's reports go: `Reports/2026-Q3/committee-2026-Q3.xlsx` and its siblings.
package struct ReportPaths: Sendable {
  /// The quarter the reports are of.
  package let quarter: Quarter
  /// The quarter's folder in the reports folder, `Reports/2026-Q3`.
  package let folder: String
  /// The committee workbook: in the quarter's folder, or where `--output` puts it.
  package let workbook: String
  /// The text summary, `summary-2026-Q3.txt`.
  package let summary: String
  /// The indicators CSV, `indicators-2026-Q3.csv`.
  package let indicators: String

  /// The paths of `quarter`'s reports under the reports folder `reports`; `workbook`, when given,
  /// replaces the workbook's.
  package init(reports: String, quarter: Quarter, workbook: String? = nil) {
    let folder = reports + "/" + quarter.description
    self.quarter = quarter
    self.folder = folder
    self.workbook = workbook ?? "\(folder)/\(Self.workbookName(quarter))"
    self.summary = "\(folder)/summary-\(quarter).txt"
    self.indicators = "\(folder)/indicators-\(quarter).csv"
  }
}
