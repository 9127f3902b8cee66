import ProsperityCompare
import ProsperityIndicators
import ProsperityModel
import XlsxWriter

/// One engine's sheet: its indicators against target and over time, the trend of each headline
/// indicator, then its activities.
package struct EngineSheet: CommitteeTabs {
  let report: QuarterReport
  let engine: Engine
  let styles: WorkbookFormats
  let plan: WorkbookPlan

  static let stage = SheetStage.counted

  static func tabs(_ report: QuarterReport, _ language: Language, _ limits: WorkbookLimits)
    -> [String]
  { report.catalog.engines.map { $0.name(language) } }

  /// Writes each engine's sheet and records where its statuses landed, for the summary.
  static func write(_ sheets: [Worksheet], _ context: inout SheetContext) throws
    -> [SheetPrinting]
  {
    var printings: [SheetPrinting] = []
    for (engine, sheet) in zip(context.report.catalog.engines, sheets) {
      let (anchors, printing) = try EngineSheet(
        report: context.report, engine: engine, styles: context.styles, plan: context.plan
      )
      .write(into: sheet)
      context.engineStatuses[engine.id] = anchors
      printings.append(printing)
    }
    return printings
  }

  /// The rows of the indicator table's status column, for the summary's counts.
  struct Anchors {
    let sheet: String
    let statusRows: ClosedRange<Int>?
    static let statusColumn = Column.status.rawValue
  }

  /// The indicator table's columns.
  enum Column: Int {
    case indicator, unit, value, previous, changeFromPrevious, yearAgo, changeFromYearAgo
    case yearToDate, expected, annualTarget, quarterTarget, attainment, status, note
  }

  static let headers: [LocalizedText] = [
    ReportText.indicator, ReportText.unit, ReportText.value, ReportText.previous,
    ReportText.changeFromPrevious, ReportText.yearAgo, ReportText.changeFromYearAgo,
    ReportText.yearToDate, ReportText.expected, ReportText.annualTarget, ReportText.quarterTarget,
    ReportText.attainment, ReportText.statusHeading, ReportText.reason,
  ]

  func write(into sheet: Worksheet) throws -> (Anchors, SheetPrinting) {
    let language = styles.language
    var cursor = SheetCursor(sheet, styles: styles)
    let fixed = [Column.note.rawValue: 28.0]
    cursor.wrapWidths = fixed
    try cursor.heading(
      engine.name(language), [ReportText.workbookSubtitle(report.quarter)(language)])
    try cursor.tableHeader(Self.headers, freezing: 1)
    let results = report.results(of: engine.id)
    let first = cursor.row
    for result in results { try indicatorRow(result, &cursor) }
    let statusRows = results.isEmpty ? nil : first...(cursor.row - 1)
    if let statusRows {
      try StatusCells(styles: styles, thresholds: report.catalog.thresholds)
        .colour(sheet, rows: statusRows, column: Column.status.rawValue)
    }
    cursor.skip()
    let trendRow = cursor.row
    let trend = TrendSection(report: report, engine: engine, styles: styles)
    let charts = try trend.write(&cursor)
    cursor.skip()
    let activitiesRow = cursor.row
    try cursor.title(ReportText.activities(language), format: styles.section)
    // The activities' text wraps in the columns the indicators sized.
    // The activities' text wraps in the columns the indicators sized, never narrower than
    // its own minimum (a note wrapped at ten characters takes five lines).
    var widened = fixed
    for column in 0..<ActivityRows.headers.count {
      let sized = cursor.widths.resolved(column, maximum: 48, fixed: fixed)
      let minimum = ActivityRows.minimumWidths[column] ?? 0
      if sized < minimum { widened[column] = minimum }
      cursor.wrapWidths[column] = max(sized, minimum)
    }
    let activities = report.activities(of: engine.id)
    try ActivityRows(styles: styles, plan: plan).write(activities, &cursor)
    let widths = try cursor.fitColumns(maximum: 48, fixed: widened)
    try trend.insert(charts, into: sheet, widths: widths)
    try sheet.hideGridlines()
    // The indicators, and the trend with its charts, each on one page; the activities, last,
    // run on over pages under their repeated header.
    cursor.keepTogether(blocksStartingAt: [0, trendRow, activitiesRow])
    let printing = cursor.printing(repeating: activities.count > 0 ? .tableHeader : .heading)
    return (Anchors(sheet: sheet.name, statusRows: statusRows), printing)
  }

  private func indicatorRow(_ result: IndicatorResult, _ cursor: inout SheetCursor) throws {
    let language = styles.language
    let unit = result.indicator.unit
    let row = cursor.row
    let reference = { (column: Column) in SheetCursor.a1(row, column.rawValue) }
    let targets = report.catalog.targets[result.indicator.id] ?? [:]
    let attainment = AttainmentFormula(result: result, styles: styles)
    let actual = result.comparison == .quarterValue ? Column.value : Column.yearToDate
    try cursor.write([
      .text(result.indicator.name(language), styles.wrapped),
      .text(unit.label(language), styles.text),
      cursor.figure(result.value, unit: unit),
      cursor.figure(result.previous, unit: unit),
      change(result.changeFromPrevious, now: reference(.value), then: reference(.previous)),
      cursor.figure(result.yearAgo, unit: unit),
      change(result.changeFromYearAgo, now: reference(.value), then: reference(.yearAgo)),
      cursor.figure(result.yearToDate, unit: unit),
      cursor.optional(result.expected, styles.number(unit)),
      cursor.optional(targets[.year(report.quarter.year)], styles.number(unit)),
      cursor.optional(targets[.quarter(report.quarter)], styles.number(unit)),
      attainment.cell(actual: reference(actual), expected: reference(.expected)),
      StatusCells(styles: styles, thresholds: report.catalog.thresholds)
        .cell(result, attainment: result.attainment == nil ? nil : reference(.attainment)),
      .text(explanation(result), styles.wrapped),
    ])
    let notes = SourceNotes(report: report, language: language).text(for: result.indicator)
    try cursor.note(notes, row: row, column: Column.value.rawValue)
  }

  /// The relative change as a live formula over the two values it compares.
  private func change(_ change: Change?, now: String, then: String) -> SheetCursor.Cell {
    guard let relative = change?.relative else { return .text("—", styles.muted) }
    return .formula("=(\(now)-\(then))/ABS(\(then))", cached: relative, styles.change)
  }

  /// Why a figure is missing or partial, in the row's own words.
  private func explanation(_ result: IndicatorResult) -> String {
    let language = styles.language
    var notes: [String] = []
    if let reason = result.value.reason { notes.append(reason(language)) }
    if let reason = result.yearToDate.reason, reason != result.value.reason {
      notes.append(reason(language))
    }
    if result.isPartial {
      notes.append(
        ReportText.partialYearToDate(result.missingQuarters.map(\.description))(language))
    }
    return notes.joined(separator: "; ")
  }
}

/// Attainment as a live formula (actual ÷ expected, or expected ÷ actual when lower is better)
/// carrying the value the pipeline computed.
package struct AttainmentFormula {
  let result: IndicatorResult
  let styles: WorkbookFormats

  func cell(actual: String, expected: String) -> SheetCursor.Cell {
    guard let attainment = result.attainment else { return .text("—", styles.muted) }
    let formula =
      result.indicator.direction == .up ? "=\(actual)/\(expected)" : "=\(expected)/\(actual)"
    return .formula(formula, cached: attainment, styles.attainment)
  }
}
