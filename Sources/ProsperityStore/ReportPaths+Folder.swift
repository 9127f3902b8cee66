import ProsperityModel

/// The files of a quarter's folder that the tool publishes there, by name: the three reports, the
/// publication record and engine committees' packs with their own record. Whenever the folder is
/// published again, each of them is written anew or left out; only a pack that ``PackRecord``
/// shows to be made from the same basis, its bytes unchanged, is carried over as it is.
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

  /// `summary-2026-Q3-tourism.txt`, the text summary of one engine's own committee.
  package static func engineSummaryName(_ quarter: Quarter, engine: String) -> String {
    "summary-\(quarter)-\(engine).txt"
  }

  /// The engine whose committee workbook is named `name`, if it is one.
  static func engine(ofWorkbookNamed name: String, quarter: Quarter) -> String? {
    engine(named: name, prefix: "committee-\(quarter)-", suffix: ".xlsx")
  }

  /// The engine whose pack (committee workbook or text summary) holds a file named `name`.
  package static func engine(ofPackFileNamed name: String, quarter: Quarter) -> String? {
    engine(ofWorkbookNamed: name, quarter: quarter)
      ?? engine(named: name, prefix: "summary-\(quarter)-", suffix: ".txt")
  }

  private static func engine(named name: String, prefix: String, suffix: String) -> String? {
    guard name.hasPrefix(prefix), name.hasSuffix(suffix),
      name.count > prefix.count + suffix.count
    else { return nil }
    return String(name.dropFirst(prefix.count).dropLast(suffix.count))
  }

  /// Whether the tool publishes a file named `name` in `quarter`'s folder.
  package static func isPublished(_ name: String, quarter: Quarter) -> Bool {
    let own = [
      workbookName(quarter), "summary-\(quarter).txt", "indicators-\(quarter).csv",
      "catalog-\(quarter).csv", "sources-\(quarter).csv", PackRecord.name(quarter),
    ]
    return own.contains(name) || own.contains { supersededPrefix + $0 == name }
      || engine(ofPackFileNamed: name, quarter: quarter) != nil
  }
}
