import ProsperityCompare
import ProsperityIndicators
import ProsperityModel
import XlsxWriter

/// A committee workbook between its two stages: created, with every sheet it starts with added
/// in tab order and the activities sheet written; the other sheets wait for the full report.
package struct StartedWorkbook {
  let plan: WorkbookPlan
  private let workbook: Workbook
  private let styles: WorkbookFormats
  private let summary: Worksheet
  private let engineSheets: [(Engine, Worksheet)]
  private let localities, history, quality: Worksheet
  private let activities: [Worksheet]

  /// Stage 1: needs only the reported quarter (its catalog and activity lists) from `report`.
  init(_ report: QuarterReport, language: Language, limits: WorkbookLimits, at path: String)
    throws
  {
    plan = WorkbookPlan(report, language: language, limits: limits)
    workbook = try Workbook(
      path: path, options: WorkbookOptions(constantMemory: plan.constantMemory))
    styles = try WorkbookFormats(WorkbookStyles(language: language), in: workbook)
    try workbook.setProperties(
      DocumentProperties(
        title: ReportText.quarterlyReport(report.quarter)(language),
        subject: ReportText.cluster(language), author: ReportText.cluster(language),
        created: report.quarter.endDate))
    // Every sheet is added first, in tab order, so formulas and notes can name any of them.
    summary = try workbook.addWorksheet(named: plan.summary)
    var engineSheets: [(Engine, Worksheet)] = []
    for engine in report.catalog.engines {
      engineSheets.append((engine, try workbook.addWorksheet(named: plan.engines[engine.id]!)))
    }
    self.engineSheets = engineSheets
    localities = try workbook.addWorksheet(named: plan.localities)
    history = try workbook.addWorksheet(named: plan.history)
    let workbook = workbook
    let activities = try plan.activityParts.map { try workbook.addWorksheet(named: $0.name) }
    self.activities = activities
    quality = try workbook.addWorksheet(named: plan.quality)
    try ActivitiesSheet(report: report, styles: styles, plan: plan).write(into: activities)
  }

  /// Stage 2: every other sheet from the full `report`, then the workbook is closed.
  func finish(_ report: QuarterReport) throws {
    let language = styles.language
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
    try DataQualitySheet(report: report, styles: styles, limits: plan.limits).write(into: quality)
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

extension WorkbookPlan {
  /// Whether `other` names and divides the sheets alike: a workbook started from one plan can be
  /// finished from a report with the other.
  func hasSameSheets(as other: WorkbookPlan) -> Bool {
    summary == other.summary && engines == other.engines && localities == other.localities
      && history == other.history && quality == other.quality
      && definitions == other.definitions
      && activityParts.map(\.name) == other.activityParts.map(\.name)
      && activityParts.map(\.rows) == other.activityParts.map(\.rows)
  }

  /// Whether a workbook started from `report` (the reported quarter alone) streams its sheets
  /// whatever the earlier quarters add: its activities alone decide it.
  package static func streamsActivities(_ report: QuarterReport, limits: WorkbookLimits) -> Bool {
    let activityCount = report.catalog.engines.reduce(0) {
      $0 + report.activities(of: $1.id).count
    }
    return activityCount + tableTop >= limits.constantMemoryRows
  }
}
