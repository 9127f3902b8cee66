import ProsperityModel

/// Where a quarter's reports go: `Reports/2026-Q3/committee-2026-Q3.xlsx` and its siblings.
package struct ReportPaths: Sendable {
  package let quarter: Quarter
  package let folder: String
  package let workbook: String
  package let summary: String
  package let indicators: String

  package init(reports: String, quarter: Quarter, workbook: String? = nil) {
    let folder = reports + "/" + quarter.description
    self.quarter = quarter
    self.folder = folder
    self.workbook = workbook ?? "\(folder)/\(Self.workbookName(quarter))"
    self.summary = "\(folder)/summary-\(quarter).txt"
    self.indicators = "\(folder)/indicators-\(quarter).csv"
  }
}
