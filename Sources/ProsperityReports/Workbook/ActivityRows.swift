import ProsperityIndicators
import ProsperityModel
import XlsxWriter

/// An engine's activities on its own sheet, with an autofilter; a very long list stops with a
/// note, since every activity is also on the activities sheet.
package struct ActivityRows {
  let styles: WorkbookFormats
  let plan: WorkbookPlan
  let budgetFlag: ActivityBudgetFlag

  /// The columns holding what the engines entered say so (`as entered` in English).
  static let headers: [LocalizedText] = [
    ReportText.enteredTitle, ReportText.activityID, ReportText.statusHeading,
    ReportText.enteredLead, ReportText.enteredCategory, ReportText.start, ReportText.end,
    ReportText.budgetPlanned, ReportText.budgetSpent, ReportText.budgetFlag,
    ReportText.participants, ReportText.enteredNotes,
  ]

  /// The least width each wrapped column needs to read well: title, lead, category and notes.
  static let minimumWidths: [Int: Double] = [0: 30, 3: 18, 4: 14, 11: 30]

  func write(_ activities: ActivityList, _ cursor: inout SheetCursor) throws {
    let language = styles.language
    guard activities.count > 0 else {
      try cursor.title(ReportText.noActivities(language), format: styles.note)
      return
    }
    let limits = plan.limits
    let wanted = min(activities.leading.count, limits.activitiesPerEngineSheet)
    // The header, the rows and a possible note must all fit on the sheet.
    let shown = limits.fitting(wanted, from: cursor.row + 2)
    if shown < activities.count {
      let sheet = plan.tabs(of: ActivitiesSheet.self).first ?? ""
      try cursor.title(
        ReportText.activitiesCapped(shown: shown, total: activities.count, sheet: sheet)(language),
        format: styles.note)
    }
    try cursor.tableHeader(Self.headers)
    cursor.textSetsWidth = false
    defer { cursor.textSetsWidth = true }
    for activity in activities.leading.prefix(shown) {
      try cursor.write(cells(activity))
    }
    try cursor.filter()
  }

  private func cells(_ activity: Activity) -> [SheetCursor.Cell] {
    let language = styles.language
    let text = activity.isRejected ? styles.rejected : styles.text
    let amount = { (value: Double?, unit: MeasureUnit) -> SheetCursor.Cell in
      value.map { .number($0, styles.number(unit)) } ?? .text("—", styles.muted)
    }
    let date = { (date: CalendarDate?) -> SheetCursor.Cell in
      date.map { .date($0, styles.date) } ?? .empty(styles.text)
    }
    return [
      .text(activity.title, styles.wrapped), .text(activity.id, styles.code),
      .text(activity.status?.label(language) ?? ReportText.rejectedMark(language), text),
      .text(activity.lead, styles.wrapped), .text(activity.category, styles.wrapped),
      date(activity.start), date(activity.end),
      amount(activity.budgetPlanned, .ils), amount(activity.budgetSpent, .ils),
      budgetFlag.text(activity).map { .text($0, styles.flag) } ?? .empty(styles.text),
      amount(activity.participants, .count), .text(activity.notes, styles.wrapped),
    ]
  }
}
