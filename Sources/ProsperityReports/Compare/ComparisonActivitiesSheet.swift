import ProsperityCompare
import ProsperityModel
import XlsxWriter

/// Every activity of either quarter, matched by id: what happened to it, its status in each
/// quarter, and the change in budget spent and in participants.
package struct ComparisonActivitiesSheet: ComparisonSheet {
  static let title = ReportText.activities
  let comparison: QuarterComparison
  let styles: WorkbookFormats

  func write(into sheet: Worksheet) throws -> SheetPrinting {
    let language = styles.language
    let (earlier, later) = (comparison.earlier, comparison.later)
    var cursor = SheetCursor(sheet, styles: styles)
    // Titles wrap in a column of their own width, and rows grow to show them whole.
    cursor.wrapWidths = [2: Self.titleWidth]
    try cursor.heading(
      ReportText.activities(language), [CompareText.comparison(earlier, later)(language)])
    try cursor.tableHeader(
      [
        ReportText.engine, ReportText.activityID, ReportText.title,
        CompareText.activityChangeHeading, CompareText.status(earlier, CompareText.ownLine),
        CompareText.status(later, CompareText.ownLine),
        CompareText.budgetSpent(earlier, CompareText.ownLine),
        CompareText.budgetSpent(later, CompareText.ownLine),
        CompareText.budgetSpentChange, CompareText.participants(earlier, CompareText.ownLine),
        CompareText.participants(later, CompareText.ownLine), CompareText.participantsChange,
      ], freezing: 0)
    // Engine by engine, as the matches were made: each name found once.
    let names = Dictionary(
      comparison.engines.map { ($0.id, $0.name(language)) }, uniquingKeysWith: { first, _ in first }
    )
    let money = styles.number(.ils)
    let people = styles.number(.count)
    try comparison.activities.visit { activity in
      try cursor.write([
        .text(names[activity.engine] ?? activity.engine, styles.text),
        .text(activity.id, styles.text),
        .text(activity.title, styles.wrapped),
        .text(activity.change.label(language), style(activity.change)),
        .text(status(activity.earlier), styles.text), .text(status(activity.later), styles.text),
        cursor.optional(activity.earlier?.budgetSpent, money),
        cursor.optional(activity.later?.budgetSpent, money),
        cursor.optional(activity.budgetSpentChange, money),
        cursor.optional(activity.earlier?.participants, people),
        cursor.optional(activity.later?.participants, people),
        cursor.optional(activity.participantsChange, people),
      ])
    }
    try cursor.filter(otherwise: CompareText.noActivities(language))
    try cursor.fitColumns(maximum: 40, fixed: [2: Self.titleWidth])
    return cursor.printing(repeating: .tableHeader)
  }

  /// The width of the titles' column, in characters.
  static let titleWidth = 40.0

  /// The status as the file gave it, a mark where it could not be read, a dash where the activity
  /// was not in that quarter's list.
  private func status(_ activity: ActivitySnapshot?) -> String {
    guard let activity else { return "—" }
    return activity.status?.label(styles.language) ?? ReportText.rejectedMark(styles.language)
  }

  private func style(_ change: ActivityChange) -> CellFormat {
    switch change {
    case .completed: return styles.status(.green)
    case .newlyDelayed, .cancelled: return styles.status(.red)
    case .new, .gone, .statusUnreadable: return styles.status(.amber)
    case .continuing: return styles.text
    }
  }
}
