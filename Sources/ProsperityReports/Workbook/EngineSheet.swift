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
    case yearToDate, expected, annualTarget, quarterTarget, attainment, status, basis
    case projectedYearEnd, projectedAttainment, outlook, note
  }

  static let headers: [LocalizedText] = [
    ReportText.indicator, ReportText.unit, ReportText.value, ReportText.previous,
    ReportText.changeFromPrevious, ReportText.yearAgo, ReportText.changeFromYearAgo,
    ReportText.yearToDate, ReportText.expected, ReportText.annualTarget, ReportText.quarterTarget,
    ReportText.attainment, ReportText.statusHeading, ReportText.basisOfAttainment,
    ReportText.projectedYearEnd, ReportText.projectedAttainment, ReportText.outlook,
    ReportText.reason,
  ]

  func write(into sheet: Worksheet) throws -> (Anchors, SheetPrinting) {
    let language = styles.language
    var cursor = SheetCursor(sheet, styles: styles)
    let fixed = [Column.basis.rawValue: 20.0, Column.note.rawValue: 28.0]
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
    let measuresRow = cursor.row
    try ReportedMeasuresTable(report: report, engine: engine, styles: styles).write(
      &cursor, fixed: fixed)
    cursor.skip()
    let activitiesRow = cursor.row
    try cursor.title(ReportText.activities(language), format: styles.section)
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
    try ActivityRows(
      styles: styles, plan: plan, budgetFlag: ActivityBudgetFlag(report, language: language)
    )
    .write(activities, &cursor)
    let widths = try cursor.fitColumns(maximum: 48, fixed: widened)
    try trend.insert(charts, into: sheet, widths: widths)
    try sheet.hideGridlines()
    // The indicators, and the trend with its charts, each on one page; the activities, last,
    // run on over pages under their repeated header.
    cursor.keepTogether(blocksStartingAt: [0, trendRow, measuresRow, activitiesRow])
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
    try cursor.write(
      [
        .text(result.indicator.name(language), styles.wrapped),
        .text(unit.label(language), styles.text),
        cursor.figure(result.value, unit: unit),
        cursor.figure(result.previous, unit: unit),
        change(
          result.changeFromPrevious, unit: unit, now: reference(.value), then: reference(.previous)),
        cursor.figure(result.yearAgo, unit: unit),
        change(
          result.changeFromYearAgo, unit: unit, now: reference(.value), then: reference(.yearAgo)),
        cursor.figure(result.yearToDate, unit: unit),
        cursor.optional(result.expected, styles.number(unit)),
        cursor.optional(targets[.year(report.quarter.year)], styles.number(unit)),
        cursor.optional(targets[.quarter(report.quarter)], styles.number(unit)),
        attainment.cell(actual: reference(actual), expected: reference(.expected)),
        StatusCells(styles: styles, thresholds: report.catalog.thresholds)
          .cell(result, attainment: result.attainment == nil ? nil : reference(.attainment)),
        result.basis.map { .text($0.label(language), styles.wrapped) } ?? .text("—", styles.muted),
      ] + outlookCells(result, annual: targets[.year(report.quarter.year)], reference: reference)
        + [
          .text(explanation(result), styles.wrapped)
        ])
    let notes = SourceNotes(report: report, language: language).text(for: result.indicator)
    try cursor.note(notes, row: row, column: Column.value.rawValue)
    if let method = result.outlook?.method {
      try cursor.note(
        ReportText.projectionMethod(method)(language), row: row,
        column: Column.projectedYearEnd.rawValue)
    }
  }

  /// Projected year end, projected attainment (live, over the projection and the annual target
  /// beside it) and on track or at risk; dashes for an indicator that does not accumulate.
  private func outlookCells(
    _ result: IndicatorResult, annual: Double?, reference: (Column) -> String
  ) -> [SheetCursor.Cell] {
    let dash = SheetCursor.Cell.text("—", styles.muted)
    guard let outlook = result.outlook else { return [dash, dash, dash] }
    let unit = result.indicator.unit
    var attainment = dash
    if let value = outlook.attainment {
      let (projected, target) = (reference(.projectedYearEnd), reference(.annualTarget))
      // Live only where the annual target column holds the target the projection was held to.
      if annual == result.annualTarget {
        let formula =
          result.indicator.direction == .up
          ? "=\(projected)/\(target)" : "=\(target)/\(projected)"
        attainment = .formula(formula, cached: value, styles.attainment)
      } else {
        attainment = .number(value, styles.attainment)
      }
    }
    let status: SheetCursor.Cell =
      outlook.status.map {
        .text($0.label(language), styles.status($0 == .onTrack ? .green : .red))
      } ?? dash
    return [
      outlook.projected.value.map { .number($0, styles.number(unit)) } ?? dash, attainment,
      status,
    ]
  }

  private var language: Language { styles.language }

  /// The change as a committee reads it (``ChangeDisplay``), a live formula over the two values
  /// it compares: a percentage's in percentage points, a ratio's in its units, any other
  /// relative; an absolute change from 0, which has no relative change, as text.
  private func change(_ change: Change?, unit: MeasureUnit, now: String, then: String)
    -> SheetCursor.Cell
  {
    guard let change else { return .text("—", styles.muted) }
    switch unit {
    case .percent:
      return .formula("=(\(now)-\(then))*100", cached: change.absolute * 100, styles.pointsChange)
    case .ratio:
      return .formula("=\(now)-\(then)", cached: change.absolute, styles.ratioChange)
    case .count, .ils, .usd, .other:
      guard let relative = change.relative else {
        return .text(ChangeDisplay.text(change, unit: unit)(language), styles.text)
      }
      return .formula("=(\(now)-\(then))/ABS(\(then))", cached: relative, styles.change)
    }
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
    if let phasing = result.phasingNote { notes.append(phasing(language)) }
    if case .linear(let reason)? = result.outlook?.method {
      notes.append(ReportText.projectionMethod(.linear(reason: reason))(language))
    }
    if let reason = result.outlook?.projected.reason, reason != result.yearToDate.reason {
      notes.append(reason(language))
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
