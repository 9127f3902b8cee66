import ProsperityCompare
import ProsperityIndicators
import ProsperityModel
import XlsxWriter

/// A committee workbook between its two stages: created, with the tabs of every sheet up to the
/// early ones added and the early sheets written; the other sheets wait for the full report.
/// Every sheet of ``CommitteeSheets`` is added, set right to left and set up for print here.
package struct StartedWorkbook {
  let plan: WorkbookPlan
  private let workbook: Workbook
  private let styles: WorkbookFormats
  /// The tabs added as the workbook started, by sheet of ``CommitteeSheets/all``.
  private let started: [[Worksheet]]

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
    started = try Self.add(plan.tabs.prefix(plan.startedSheets), to: workbook, styles)
    var context = SheetContext(report: report, styles: styles, plan: plan)
    try write(.early, tabs: started, &context)
  }

  /// Stage 2: every other sheet from the full `report`, whose tabs `final` names, then the
  /// workbook is closed.
  func finish(_ report: QuarterReport, plan final: WorkbookPlan) throws {
    let tabs = try started + Self.add(final.tabs.dropFirst(started.count), to: workbook, styles)
    var context = SheetContext(report: report, styles: styles, plan: plan)
    try write(.counted, tabs: tabs, &context)
    try write(.final, tabs: tabs, &context)
    try tabs.first { !$0.isEmpty }?.first?.activate()
    try workbook.close()
  }

  /// Adds each sheet's `tabs`, in tab order: libxlsxwriter adds a tab only after the others.
  private static func add(
    _ tabs: ArraySlice<[String]>, to workbook: Workbook, _ styles: WorkbookFormats
  ) throws -> [[Worksheet]] {
    let setup = TabSetup(styles: styles)
    return try tabs.map { names in try names.map { try setup.add(named: $0, to: workbook) } }
  }

  /// Writes the sheets of `stage` into their `tabs`, in tab order, and sets each up for print.
  private func write(_ stage: SheetStage, tabs: [[Worksheet]], _ context: inout SheetContext)
    throws
  {
    let setup = TabSetup(styles: styles)
    let report = context.report
    for (kind, sheets) in zip(CommitteeSheets.all, tabs)
    where kind.stage == stage && !sheets.isEmpty {
      let printings = try kind.write(sheets, &context)
      let titles = kind.tabs(report, styles.language, plan.limits)
      for (sheet, (printing, title)) in zip(sheets, zip(printings, titles)) {
        try setup.print(sheet, printing, title: title, quarter: report.quarter)
      }
    }
  }
}

extension WorkbookPlan {
  /// Whether `other` names and divides the tabs added as the workbook starts alike: a workbook
  /// started from one plan can be finished from a report with the other.
  func hasSameSheets(as other: WorkbookPlan) -> Bool {
    tabs.prefix(startedSheets) == other.tabs.prefix(other.startedSheets)
      && activityRows == other.activityRows
  }

  /// Whether a workbook started from `report` (the reported quarter alone) streams its sheets
  /// whatever the earlier quarters add: its activities alone decide it.
  package static func streamsActivities(_ report: QuarterReport, limits: WorkbookLimits) -> Bool {
    activityCount(report) + tableTop >= limits.constantMemoryRows
  }
}
