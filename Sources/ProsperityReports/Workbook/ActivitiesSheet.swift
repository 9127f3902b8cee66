import ProsperityCompare
import ProsperityIndicators
import ProsperityInput
import ProsperityModel
import XlsxWriter

/// Every activity of the quarter in one filterable table; past Excel's row limit the table goes on
/// on a continuation sheet, each saying which part it is.
package struct ActivitiesSheet {
  let report: QuarterReport
  let styles: WorkbookFormats
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
  /// go straight from the input files to the sheets, so a quarter of any size is never held; each
  /// row's cells are made on the thread that reads the file, beside the one that writes them.
  func write(into sheets: [Worksheet]) throws {
    let parts = plan.activityParts
    var index = 0
    var cursor = try begin(part: 0, into: sheets[0])
    var first = 0
    for engine in report.catalog.engines {
      let activities = report.activities(of: engine.id)
      let rows = RowMaker(
        styles: styles, engine: engine, file: Self.fileName(activities.file ?? ""),
        first: first, parts: parts.map(\.rows))
      first += activities.count
      try activities.visit(preparing: rows.make) { row in
        if row.part != index {
          try finish(&cursor)
          index = row.part
          cursor = try begin(part: index, into: sheets[index])
        }
        try cursor.write(row.cells, lines: row.lines)
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
    try cursor.title(ReportText.activitiesTitle(report.quarter)(language), format: styles.title)
    if parts.count > 1 {
      let first = part.rows.lowerBound + 1
      let next = index + 1 < parts.count ? parts[index + 1].name : nil
      let note = ReportText.activitiesPart(
        index + 1, of: parts.count, first: first, last: part.rows.upperBound, total: total,
        next: next)
      try cursor.title(note(language), format: styles.note)
    } else {
      try cursor.title(ReportText.activitiesCount(total)(language), format: styles.note)
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

  /// Makes one activity's row: its cells, the lines its wrapped text takes and the part (sheet)
  /// it goes on. Independent of any sheet, so it can run on the thread that reads the file.
  struct RowMaker: Sendable {
    let styles: WorkbookFormats
    let engine: Engine
    /// The name of the file the engine's rows come from.
    let file: String
    /// The place of the engine's first activity among all the quarter's activities.
    let first: Int
    let parts: [Range<Int>]
    /// The budget and participant columns' formats, found once rather than for every row.
    private let shekels, count: CellFormat

    init(styles: WorkbookFormats, engine: Engine, file: String, first: Int, parts: [Range<Int>]) {
      self.styles = styles
      self.engine = engine
      self.file = file
      self.first = first
      self.parts = parts
      shekels = styles.number(.ils)
      count = styles.number(.count)
    }

    struct Row: Sendable {
      let part: Int
      let cells: [SheetCursor.Cell]
      let lines: Int
    }

    static let wrapping: [Double?] = (0..<ActivitiesSheet.headers.count).map {
      ActivitiesSheet.wrapped[$0]
    }

    func make(_ activity: Activity, _ index: Int) -> Row {
      let place = first + index
      let part = parts.firstIndex { $0.contains(place) } ?? max(0, parts.count - 1)
      let row = WorkbookPlan.tableTop + place - (parts.isEmpty ? 0 : parts[part].lowerBound)
      let cells = cells(activity, row: row)
      return Row(part: part, cells: cells, lines: SheetCursor.lines(cells, wrapping: Self.wrapping))
    }

    private func cells(_ activity: Activity, row: Int) -> [SheetCursor.Cell] {
      let language = styles.language
      let text = activity.isRejected ? styles.rejected : styles.text
      let amount = { (value: Double?, format: CellFormat) -> SheetCursor.Cell in
        value.map { .number($0, format) } ?? .none
      }
      let date = { (date: CalendarDate?) -> SheetCursor.Cell in
        date.map { .date($0, styles.date) } ?? .none
      }
      var execution = SheetCursor.Cell.none
      if let planned = activity.budgetPlanned, let spent = activity.budgetSpent, planned > 0 {
        let formula =
          "=\(ActivitiesSheet.spentLetters)\(row + 1)/\(ActivitiesSheet.plannedLetters)\(row + 1)"
        execution = .formula(formula, cached: spent / planned, styles.attainment)
      }
      return [
        .text(engine.name(language), styles.text), .text(activity.id, styles.code),
        .text(activity.title, styles.wrapped),
        .text(activity.status?.label(language) ?? ReportText.rejectedMark(language), text),
        .text(activity.lead, styles.wrapped), .text(activity.category, styles.wrapped),
        date(activity.start), date(activity.end),
        amount(activity.budgetPlanned, shekels), amount(activity.budgetSpent, shekels), execution,
        amount(activity.participants, count), .text(activity.notes, styles.wrapped),
        .text(activity.location.line.map { "\(file):\($0)" } ?? file, styles.path),
      ]
    }
  }
}
