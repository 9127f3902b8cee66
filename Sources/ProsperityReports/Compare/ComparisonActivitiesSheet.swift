import ProsperityCompare
import ProsperityModel
import XlsxWriter

/// Every activity of either quarter, matched by id: what happened to it, its status in each
/// quarter, and the change in budget spent and in participants.
package struct ComparisonActivitiesSheet {
  let comparison: QuarterComparison
  let styles: WorkbookFormats

  func write(into sheet: Worksheet) throws {
    let language = styles.language
    let (earlier, later) = (comparison.earlier, comparison.later)
    var cursor = SheetCursor(sheet, styles: styles)
    try cursor.title(ReportText.activities(language), format: styles.title)
    try cursor.title(CompareText.comparison(earlier, later)(language), format: styles.subtitle)
    cursor.skip()
    try cursor.header([
      ReportText.engine, ReportText.activityID, ReportText.title,
      CompareText.activityChangeHeading, CompareText.status(earlier), CompareText.status(later),
      CompareText.budgetSpent(earlier), CompareText.budgetSpent(later),
      CompareText.budgetSpentChange, CompareText.participants(earlier),
      CompareText.participants(later), CompareText.participantsChange,
    ])
    let first = cursor.row
    try sheet.freezePanes(row: first, column: 0)
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
    if cursor.row > first {
      try sheet.autofilter(
        firstRow: first - 1, firstColumn: 0, lastRow: cursor.row - 1, lastColumn: 11)
    } else {
      try cursor.write([.text(CompareText.noActivities(language), styles.muted)])
    }
    try sheet.setColumnWidth(first: 0, last: 0, width: 22)
    try sheet.setColumnWidth(first: 1, last: 1, width: 10)
    try sheet.setColumnWidth(first: 2, last: 2, width: 36)
    try sheet.setColumnWidth(first: 3, last: 11, width: 13)
    try PrintSetup(styles: styles).apply(
      to: sheet, title: ReportText.activities(language), quarter: later)
  }

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
