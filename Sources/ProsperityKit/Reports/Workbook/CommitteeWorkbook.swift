import Foundation
import XlsxWriter

/// The committee workbook of one quarter: a summary sheet, a sheet per engine, a data-quality sheet
/// and the definitions behind every number, in Hebrew right to left by default.
public enum CommitteeWorkbook {
  /// Writes the workbook atomically to `path`.
  public static func write(
    _ report: QuarterReport, language: Language, to path: String
  ) throws(OutputError) {
    try AtomicFile.replace(path) { temporary throws(OutputError) in
      do {
        try build(report, language: language, at: temporary)
      } catch let error as XlsxError {
        throw OutputError(path: path, reason: error.description)
      } catch {
        throw OutputError(path: path, reason: "\(error)")
      }
    }
  }

  private static func build(_ report: QuarterReport, language: Language, at path: String) throws {
    let workbook = try Workbook(path: path)
    let styles = WorkbookStyles(language: language)
    try workbook.setProperties(
      DocumentProperties(
        title: ReportText.quarterlyReport(report.quarter)(language),
        subject: ReportText.cluster(language), author: ReportText.cluster(language),
        created: report.quarter.endDate))
    var names = SheetNames()
    let summary = try workbook.addWorksheet(named: names.unique(ReportText.summarySheet(language)))
    try SummarySheet(report: report, styles: styles).write(into: summary)
    var sheets = [summary]
    for engine in report.catalog.engines {
      let sheet = try workbook.addWorksheet(named: names.unique(engine.name(language)))
      try EngineSheet(report: report, engine: engine, styles: styles).write(into: sheet)
      sheets.append(sheet)
    }
    let quality = try workbook.addWorksheet(
      named: names.unique(ReportText.dataQualitySheet(language)))
    try DataQualitySheet(report: report, styles: styles).write(into: quality)
    sheets.append(quality)
    sheets += try QualitySheets(report: report, styles: styles).add(to: workbook, names: &names)
    let definitions = try workbook.addWorksheet(
      named: names.unique(ReportText.definitionsSheet(language)))
    try DefinitionsSheet(report: report, styles: styles).write(into: definitions)
    sheets.append(definitions)
    try RestatementSheet(report: report, styles: styles).add(to: workbook, names: &names)
    for sheet in sheets where language.isRightToLeft { try sheet.setRightToLeft() }
    try summary.activate()
    try workbook.close()
  }
}

/// Sheet names that Excel accepts and that never repeat, whatever the engines are called.
struct SheetNames {
  private var used: Set<String> = []

  mutating func unique(_ wanted: String) -> String {
    let base = Workbook.safeSheetName(wanted)
    var name = base
    var counter = 2
    while used.contains(name.lowercased()) {
      let suffix = " (\(counter))"
      name = String(base.prefix(31 - suffix.count)) + suffix
      counter += 1
    }
    used.insert(name.lowercased())
    return name
  }
}

extension Quarter {
  /// The quarter's last day at midnight UTC: the workbook's created date, taken from the data so a
  /// rerun on the same inputs writes the same file.
  var endDate: Date {
    var components = DateComponents()
    components.year = number == 4 ? year + 1 : year
    components.month = number == 4 ? 1 : number * 3 + 1
    components.day = 1
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar.date(from: components)!.addingTimeInterval(-86_400)
  }
}
