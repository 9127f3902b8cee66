import XlsxWriter

/// Every activity of the quarter in one filterable table; past Excel's row limit the table goes on
/// on a continuation sheet, each saying which part it is.
struct ActivitiesSheet {
  let report: QuarterReport
  let styles: WorkbookStyles
  let plan: WorkbookPlan

  static let headers: [LocalizedText] = [
    ReportText.engine, ReportText.activityID, ReportText.title, ReportText.statusHeading,
    ReportText.lead, ReportText.category, ReportText.start, ReportText.end,
    ReportText.budgetPlanned, ReportText.budgetSpent, ReportText.budgetExecution,
    ReportText.participants, ReportText.notes, ReportText.sourceRow,
  ]
  static let plannedColumn = 8
  /// The budget columns' letters, for the execution formula on every row.
  static let plannedLetters = CellReference.columnLetters(plannedColumn)
  static let spentLetters = CellReference.columnLetters(plannedColumn + 1)
  /// Text columns that wrap: title, lead, category and notes.
  static let wrapped: [Int: Double] = [2: 34, 4: 22, 5: 14, 12: 30]

  /// Writes every activity, engine by engine, into `sheets`: one per part of the plan. The rows
  /// go straight from the input files to the sheets, so a quarter of any size is never held.
  func write(into sheets: [Worksheet]) throws {
    let parts = plan.activityParts
    var index = 0
    var cursor = try begin(part: 0, into: sheets[0])
    for engine in report.catalog.engines {
      var file = (path: "", name: "")
      try report.activities(of: engine.id).visit { activity in
        if cursor.row - WorkbookPlan.tableTop == parts[index].rows.count {
          try finish(&cursor)
          index += 1
          cursor = try begin(part: index, into: sheets[index])
        }
        // Every row of an engine comes from one file: its name is worked out once.
        if activity.location.file != file.path {
          file = (activity.location.file, Self.fileName(activity.location.file))
        }
        try cursor.write(cells(engine, activity, row: cursor.row, file: file.name))
      }
    }
    try finish(&cursor)
  }

  /// Titles part `index` and starts its table.
  private func begin(part index: Int, into sheet: Worksheet) throws -> SheetCursor {
    let language = styles.language
    let parts = plan.activityParts
    let part = parts[index]
    let total = parts.last?.rows.upperBound ?? 0
    var cursor = SheetCursor(sheet, styles: styles)
    cursor.wrapWidths = Self.wrapped
    try cursor.title(ReportText.activitiesTitle(report.quarter)(language), style: styles.title)
    if parts.count > 1 {
      let first = part.rows.lowerBound + 1
      let next = index + 1 < parts.count ? parts[index + 1].name : nil
      let note = ReportText.activitiesPart(
        index + 1, of: parts.count, first: first, last: part.rows.upperBound, total: total,
        next: next)
      try cursor.title(note(language), style: styles.note)
    } else {
      try cursor.title(ReportText.activitiesCount(total)(language), style: styles.note)
    }
    let table = TableLayout(sheet: sheet, styles: styles, plan: plan)
    let name = index == 0 ? "Activities" : "Activities\(index + 1)"
    try table.begin(
      &cursor, headers: Self.headers.map { $0(language) }, rows: part.rows.count, name: name)
    return cursor
  }

  /// Sizes the part's columns and sets it up for printing.
  private func finish(_ cursor: inout SheetCursor) throws {
    let sheet = cursor.sheet
    let headerRow = TableLayout(sheet: sheet, styles: styles, plan: plan).headerRow
    try cursor.widths.apply(to: sheet, maximum: 36, fixed: Self.wrapped)
    try PrintSetup(styles: styles).apply(
      to: sheet, title: sheet.name, quarter: report.quarter, repeating: headerRow...headerRow)
  }

  /// The file's name: the quarter is the sheet's own, so the folder is left out.
  private static func fileName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }

  private func cells(_ engine: Engine, _ activity: Activity, row: Int, file: String)
    -> [SheetCursor.Cell]
  {
    let language = styles.language
    let text = activity.isRejected ? styles.rejected : styles.text
    let amount = { (value: Double?, unit: MeasureUnit) -> SheetCursor.Cell in
      value.map { .number($0, styles.number(unit)) } ?? .none
    }
    let date = { (date: CalendarDate?) -> SheetCursor.Cell in
      date.map { .date($0, styles.date) } ?? .none
    }
    var execution = SheetCursor.Cell.none
    if let planned = activity.budgetPlanned, let spent = activity.budgetSpent, planned > 0 {
      let formula = "=\(Self.spentLetters)\(row + 1)/\(Self.plannedLetters)\(row + 1)"
      execution = .formula(formula, cached: spent / planned, styles.attainment)
    }
    return [
      .text(engine.name(language), styles.text), .text(activity.id, styles.code),
      .text(activity.title, styles.wrapped),
      .text(activity.status?.label(language) ?? ReportText.rejectedMark(language), text),
      .text(activity.lead, styles.wrapped), .text(activity.category, styles.wrapped),
      date(activity.start), date(activity.end),
      amount(activity.budgetPlanned, .ils), amount(activity.budgetSpent, .ils), execution,
      amount(activity.participants, .count), .text(activity.notes, styles.wrapped),
      .text(activity.location.line.map { "\(file):\($0)" } ?? file, styles.path),
    ]
  }
}
