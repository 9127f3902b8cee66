import ProsperityCompare
import ProsperityIndicators
import ProsperityInput
import ProsperityModel
import XlsxWriter

/// Every activity of the quarter in one filterable table; past Excel's row limit the table goes on
/// on a continuation sheet, each saying which part it is.
package struct ActivitiesSheet: CommitteeTabs {
  let report: QuarterReport
  let styles: WorkbookFormats
  let plan: WorkbookPlan

  /// Written first, while the earlier quarters are read: it needs only the quarter's own files.
  static let stage = SheetStage.early

  /// A tab per part: the activities sheet and its continuations.
  static func tabs(_ report: QuarterReport, _ language: Language, _ limits: WorkbookLimits)
    -> [String]
  {
    let count = parts(of: WorkbookPlan.activityCount(report), limits: limits).count
    return Array(repeating: ReportText.activitiesSheet(language), count: count)
  }

  static func write(_ sheets: [Worksheet], _ context: inout SheetContext) throws
    -> [SheetPrinting]
  {
    try ActivitiesSheet(report: context.report, styles: context.styles, plan: context.plan)
      .write(into: sheets)
  }

  /// The activities each part holds, of `count`: as many as fit below a part's title and header.
  static func parts(of count: Int, limits: WorkbookLimits) -> [Range<Int>] {
    let perPart = max(1, limits.rowsPerSheet - WorkbookPlan.tableTop)
    var parts: [Range<Int>] = []
    var start = 0
    repeat {
      parts.append(start..<min(count, start + perPart))
      start += perPart
    } while start < count
    return parts
  }

  static let headers: [LocalizedText] = [
    ReportText.engine, ReportText.activityID, ReportText.enteredTitle,
    ReportText.statusHeading, ReportText.enteredLead, ReportText.enteredCategory,
    ReportText.start, ReportText.end, ReportText.budgetPlanned, ReportText.budgetSpent,
    ReportText.budgetExecution, ReportText.budgetFlag, ReportText.participants,
    ReportText.enteredNotes, ReportText.sourceRow,
  ]
  static let plannedColumn = 8
  /// The budget columns' letters, for the execution formula on every row.
  static let plannedLetters = CellReference.columnLetters(plannedColumn)
  static let spentLetters = CellReference.columnLetters(plannedColumn + 1)
  /// Text columns that wrap: title, lead, category and notes.
  static let wrapped: [Int: Double] = [2: 34, 4: 22, 5: 14, 13: 30]

  /// Writes every activity, engine by engine, into `sheets`: one per part of the plan. The rows
  /// go straight from the input files to the sheets, so a quarter of any size is never held; each
  /// row's cells are made on the thread that reads the file, beside the one that writes them.
  /// Returns how each part is printed.
  func write(into sheets: [Worksheet]) throws -> [SheetPrinting] {
    let parts = plan.activityRows
    var printings: [SheetPrinting] = []
    var index = 0
    let budgetFlag = ActivityBudgetFlag(report, language: styles.language)
    var cursor = try begin(part: 0, of: sheets)
    var first = 0
    for engine in report.catalog.engines {
      let activities = report.activities(of: engine.id)
      let rows = RowMaker(
        styles: styles, engine: engine, file: Self.fileName(activities.file ?? ""),
        first: first, parts: parts, budgetFlag: budgetFlag)
      first += activities.count
      try activities.visit(preparing: rows.make) { row in
        if row.part != index {
          printings.append(try finish(cursor))
          index = row.part
          cursor = try begin(part: index, of: sheets)
        }
        try cursor.write(row.cells, lines: row.lines)
      }
    }
    printings.append(try finish(cursor))
    return printings
  }

  /// Titles part `index`, the sheet of that place in `sheets`, and starts its table.
  private func begin(part index: Int, of sheets: [Worksheet]) throws -> SheetCursor {
    let language = styles.language
    let parts = plan.activityRows
    let part = parts[index]
    let total = parts.last?.upperBound ?? 0
    var cursor = SheetCursor(sheets[index], styles: styles)
    cursor.wrapWidths = Self.wrapped
    var note = ReportText.activitiesCount(total)
    if parts.count > 1 {
      let next = index + 1 < parts.count ? sheets[index + 1].name : nil
      note = ReportText.activitiesPart(
        index + 1, of: parts.count, first: part.lowerBound + 1, last: part.upperBound,
        total: total, next: next)
    }
    try cursor.heading(
      ReportText.activitiesTitle(report.quarter)(language), [note(language)],
      lineFormat: styles.note)
    let name = index == 0 ? "Activities" : "Activities\(index + 1)"
    try cursor.filterableTable(
      Self.headers.map { $0(language) }, rows: part.count, name: name,
      streamed: plan.constantMemory)
    return cursor
  }

  /// Sizes the part's columns; its pages name the part.
  private func finish(_ cursor: SheetCursor) throws -> SheetPrinting {
    var cursor = cursor
    try cursor.fitColumns(maximum: 36, fixed: Self.wrapped)
    return cursor.printing(repeating: .tableHeader, title: cursor.sheet.name)
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
    let budgetFlag: ActivityBudgetFlag
    /// The budget and participant columns' formats, found once rather than for every row.
    private let shekels, count: CellFormat

    init(
      styles: WorkbookFormats, engine: Engine, file: String, first: Int, parts: [Range<Int>],
      budgetFlag: ActivityBudgetFlag
    ) {
      self.styles = styles
      self.budgetFlag = budgetFlag
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
      let lines = SheetCursor.lines(cells, wrapping: Self.wrapping)
      let language = styles.language
      return Row(part: part, cells: cells.map { $0.prepared(in: language) }, lines: lines)
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
        budgetFlag.text(activity).map { .text($0, styles.flag) } ?? .none,
        amount(activity.participants, count), .text(activity.notes, styles.wrapped),
        .text(activity.location.line.map { "\(file):\($0)" } ?? file, styles.path),
      ]
    }
  }
}
