import ProsperityModel

/// The files of a quarter's folder that the tool publishes there, by name: the three reports, the
/// publication record and engine committees' workbooks. Whenever the folder is published again,
/// each of them is written anew or left out, never carried over from an older publication.
extension ReportPaths {
  /// The files of a publication that later figures restate keep this prefix beside them
  /// (`superseded-indicators-2026-Q3.csv`), for as long as they restate it.
  package static let supersededPrefix = "superseded-"

  /// `Reports/compare`, where comparisons are published.
  package static let comparisonsFolder = "compare"

  /// `committee-2026-Q3.xlsx`, the quarter's committee workbook.
  package static func workbookName(_ quarter: Quarter) -> String { "committee-\(quarter).xlsx" }

  /// `committee-2026-Q3-tourism.xlsx`, the workbook of one engine's own committee.
  package static func engineWorkbookName(_ quarter: Quarter, engine: String) -> String {
    "committee-\(quarter)-\(engine).xlsx"
  }

  /// The engine whose committee workbook is named `name`, if it is one.
  package static func engine(ofWorkbookNamed name: String, quarter: Quarter) -> String? {
    let prefix = "committee-\(quarter)-"
    guard name.hasPrefix(prefix), name.hasSuffix(".xlsx"), name.count > prefix.count + 5 else {
      return nil
    }
    return String(name.dropFirst(prefix.count).dropLast(5))
  }

  /// Whether the tool publishes a file named `name` in `quarter`'s folder.
  package static func isPublished(_ name: String, quarter: Quarter) -> Bool {
    let own = [
      workbookName(quarter), "summary-\(quarter).txt", "indicators-\(quarter).csv",
      "catalog-\(quarter).csv", "sources-\(quarter).csv",
    ]
    return own.contains(name) || own.contains { supersededPrefix + $0 == name }
      || engine(ofWorkbookNamed: name, quarter: quarter) != nil
  }
}
