import Foundation
import XlsxWriter

/// The committee workbook of one quarter: a summary dashboard, a sheet per engine, the figures by
/// locality, the history of every indicator, every activity, data quality and the definitions
/// behind every number, in Hebrew right to left by default.
public enum CommitteeWorkbook {
  /// Writes the workbook atomically to `path`.
  public static func write(
    _ report: QuarterReport, language: Language, to path: String
  ) throws(OutputError) {
    try write(report, language: language, to: path, limits: .standard)
  }

  /// Writes the workbook with `limits` on its sheets' sizes (tests use small ones).
  static func write(
    _ report: QuarterReport, language: Language, to path: String, limits: WorkbookLimits
  ) throws(OutputError) {
    try WorkbookFile.write(to: path, language: language) { temporary in
      try build(report, language: language, limits: limits, at: temporary)
    }
  }

  private static func build(
    _ report: QuarterReport, language: Language, limits: WorkbookLimits, at path: String
  ) throws {
    let plan = WorkbookPlan(report, language: language, limits: limits)
    let workbook = try Workbook(
      path: path, options: WorkbookOptions(constantMemory: plan.constantMemory))
    let styles = try WorkbookFormats(WorkbookStyles(language: language), in: workbook)
    try workbook.setProperties(
      DocumentProperties(
        title: ReportText.quarterlyReport(report.quarter)(language),
        subject: ReportText.cluster(language), author: ReportText.cluster(language),
        created: report.quarter.endDate))
    // Every sheet is added first, in tab order, so formulas and notes can name any of them.
    let summary = try workbook.addWorksheet(named: plan.summary)
    var engineSheets: [(Engine, Worksheet)] = []
    for engine in report.catalog.engines {
      engineSheets.append((engine, try workbook.addWorksheet(named: plan.engines[engine.id]!)))
    }
    let localities = try workbook.addWorksheet(named: plan.localities)
    let history = try workbook.addWorksheet(named: plan.history)
    let activities = try plan.activityParts.map { try workbook.addWorksheet(named: $0.name) }
    let quality = try workbook.addWorksheet(named: plan.quality)
    var sheets = [summary] + engineSheets.map(\.1) + [localities, history] + activities

    var anchors: [String: EngineSheet.Anchors] = [:]
    for (engine, sheet) in engineSheets {
      anchors[engine.id] = try EngineSheet(
        report: report, engine: engine, styles: styles, plan: plan
      )
      .write(into: sheet)
    }
    try SummarySheet(report: report, styles: styles, engineSheets: anchors)
      .write(into: summary)
    try LocalitySheet(report: report, styles: styles).write(into: localities)
    try HistorySheet(report: report, styles: styles, plan: plan).write(into: history)
    try ActivitiesSheet(report: report, styles: styles, plan: plan).write(into: activities)
    try DataQualitySheet(report: report, styles: styles, limits: limits).write(into: quality)
    sheets.append(quality)
    var names = plan.names
    sheets += try QualitySheets(report: report, styles: styles).add(to: workbook, names: &names)
    let definitions = try workbook.addWorksheet(named: plan.definitions)
    try DefinitionsSheet(report: report, styles: styles).write(into: definitions)
    sheets.append(definitions)
    try RestatementSheet(report: report, styles: styles).add(to: workbook, names: &names)
    for sheet in sheets where language.isRightToLeft { try sheet.setRightToLeft() }
    try summary.activate()
    try workbook.close()
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
