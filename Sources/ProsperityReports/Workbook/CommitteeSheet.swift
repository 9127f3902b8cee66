import ProsperityCompare
import ProsperityModel
import XlsxWriter

/// A kind of sheet of the committee workbook, listed in ``CommitteeSheets``: the tabs it takes
/// (one per engine, one per part of a long list, or none) and when they are written. Most sheets
/// take one tab and are a ``CommitteeSheet``.
protocol CommitteeTabs {
  /// When its tabs are written.
  static var stage: SheetStage { get }
  /// Its tabs' names as wanted for `report`, in tab order (the plan makes them legal and unique);
  /// none leaves it out. Each tab's printed pages carry its name as wanted.
  static func tabs(_ report: QuarterReport, _ language: Language, _ limits: WorkbookLimits)
    -> [String]
  /// Writes its tabs, `sheets`, from `context`; returns how each is printed.
  static func write(_ sheets: [Worksheet], _ context: inout SheetContext) throws
    -> [SheetPrinting]
}

/// A committee sheet of one tab named ``title``, written from the full report.
protocol CommitteeSheet: CommitteeTabs {
  static var title: LocalizedText { get }
  init(context: SheetContext)
  var context: SheetContext { get }
  func write(into sheet: Worksheet) throws -> SheetPrinting
}

extension CommitteeSheet {
  static var stage: SheetStage { .final }

  var report: QuarterReport { context.report }
  var styles: WorkbookFormats { context.styles }

  static func tabs(_ report: QuarterReport, _ language: Language, _ limits: WorkbookLimits)
    -> [String]
  { [title(language)] }

  static func write(_ sheets: [Worksheet], _ context: inout SheetContext) throws
    -> [SheetPrinting]
  {
    let context = context
    return try sheets.map { try Self(context: context).write(into: $0) }
  }
}

/// When a committee sheet is written. libxlsxwriter numbers cell formats and strings in the order
/// cells first use them, so the order of the stages is part of the file's bytes.
enum SheetStage {
  /// As the workbook starts, from the reported quarter's own files alone, while the earlier
  /// quarters are still read: the activities, by far the largest sheet.
  case early
  /// First once the full report is there: the summary's formulas count these sheets' cells, so
  /// it needs where they landed (the engine sheets).
  case counted
  /// From the full report, in tab order after the counted ones: a new sheet's stage.
  case final
}

/// What a committee sheet is written from.
struct SheetContext {
  let report: QuarterReport
  let styles: WorkbookFormats
  let plan: WorkbookPlan
  /// Where each engine sheet's statuses landed, by engine id: filled as the engine sheets are
  /// written (``SheetStage/counted``), counted by the summary.
  var engineStatuses: [String: EngineSheet.Anchors] = [:]
}
