import Foundation
import Testing

/// Text in the CSV outputs that a spreadsheet would run as a formula (#12, item 15): a field that
/// starts with = + - @ TAB or CR gets a leading apostrophe and quotes, as OWASP recommends;
/// numbers stay numbers, and the record files read back as they were written.
@Suite("CSV outputs neutralise formula text")
struct CSVInjectionTests {
  static let hostile = [
    "=HYPERLINK(\"http://evil.example\",\"click\")", "+SUM(1,2)", "-2+3", "@SUM(1)",
  ]

  /// `text` as the neutralised field should stand in the CSV.
  static func neutralised(_ text: String) -> String {
    "\"'" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  @Test("comments in the indicators CSV, names and formulas in the catalog record")
  func outputs() throws {
    let workspace = try Workspace.shipped()
    defer { workspace.remove() }
    let ids = [
      "tourism.stays_per_unit", "tourism.visitors_total", "tourism.stays_total",
      "tourism.avg_stay_nights",
    ]
    var notes = "indicator,comment\r\n"
    for (id, comment) in zip(ids, Self.hostile) {
      notes += id + "," + "\"" + comment.replacingOccurrences(of: "\"", with: "\"\"") + "\"\r\n"
    }
    try workspace.write(notes, to: "Inputs/2026-Q3/tourism-notes.csv")
    try workspace.replace(
      ",Overnight stays total,", with: ",=Overnight stays total,", in: "Inputs/indicators.csv")
    try workspace.replace(
      ",tourism.overnight_stays,up,yes", with: ",- tourism.overnight_stays * -1,up,yes",
      in: "Inputs/indicators.csv")

    let result = try workspace.run(["--lang", "en"])
    #expect(result.status == 0, "\(result.stderr)")
    let csv = try workspace.text(workspace.report("indicators", "2026-Q3", "csv"))
    for (id, comment) in zip(ids, Self.hostile) {
      let line = csv.split(separator: "\n").first { $0.hasPrefix("tourism,\(id),") } ?? ""
      // The comment column, before the basis and outlook columns that follow it.
      #expect(line.contains("," + Self.neutralised(comment) + ",2026"), "\(line)")
    }
    // Numbers stay numbers: a negative change is written as it is.
    let pristineLine = csv.split(separator: "\n").first {
      $0.hasPrefix("tourism,tourism.stays_total,")
    }
    #expect(pristineLine?.contains(",-") == true, "\(pristineLine ?? "")")
    #expect(!csv.contains(",'-"))

    let record = try workspace.text(
      workspace.reports.appendingPathComponent("2026-Q3/catalog-2026-Q3.csv"))
    #expect(record.contains(",\"'-tourism.overnight_stays * -1\","), "\(record)")
    #expect(record.contains(",\"'=Overnight stays total\""), "\(record)")

    // The record reads back as written: the comparisons run made see no catalog change, and a
    // second run finds every quarter up to date.
    let comparison = try workspace.text(workspace.comparison("2026-Q2_vs_2026-Q3", "txt"))
    #expect(!comparison.contains("definition changed"), "\(comparison)")
    let again = try workspace.run(["workbook", "2026-Q3", "--lang", "en"])
    #expect(!again.stderr.contains("restated"), "\(again.stderr)")
    #expect(
      !again.stderr.contains("warning: ") || !again.stderr.contains("record"), "\(again.stderr)")
  }
}
