/// Reads one row of an activity file into an ``Activity``, reporting what it cannot read.
///
/// A row with an unreadable field stays an activity, flagged; a row without a usable id (empty,
/// or repeated) is not one.
struct ActivityRowParser {
  let quarter: Quarter
  private var seen: Set<String> = []

  init(quarter: Quarter) { self.quarter = quarter }

  enum Outcome {
    case activity(Activity)
    /// The row has no usable id, so no activity total can be trusted.
    case uncountable
  }

  mutating func parse(_ record: TableRecord, log: inout DiagnosticLog) -> Outcome {
    let id = record["activity_id"]
    if id.isEmpty || seen.contains(id) {
      let message =
        id.isEmpty ? Messages.missingField("activity_id") : Messages.duplicateActivity(id)
      log.error(
        message, at: record.location("activity_id"), quarter: quarter, rejectedRow: record.raw)
      return .uncountable
    }
    seen.insert(id)
    let quarter = self.quarter
    var rejected = false
    func fail(_ message: LocalizedText, _ column: String) {
      log.error(
        message, at: record.location(column), quarter: quarter,
        rejectedRow: rejected ? nil : record.raw)
      rejected = true
    }
    let statusText = record["status"]
    let status = ActivityStatus(parsing: statusText)
    if status == nil {
      fail(
        statusText.isEmpty ? Messages.missingField("status") : Messages.badStatus(statusText),
        "status")
    }
    func date(_ column: String) -> CalendarDate? {
      let text = record[column]
      guard !text.isEmpty else { return nil }
      guard let date = CalendarDate(parsing: text) else {
        fail(Messages.badDate(text), column)
        return nil
      }
      return date
    }
    func amount(_ column: String) -> Double? {
      let text = record[column]
      switch NumberParser.parse(text) {
      case .value(let value): return value
      case .notReported:
        log.warning(
          Messages.activityFieldNotReported(id, column), at: record.location(column),
          quarter: quarter)
      case .invalid: fail(Messages.badNumber(text), column)
      }
      return nil
    }
    let start = date("start")
    let end = date("end")
    if let start, let end, end < start {
      log.warning(Messages.endBeforeStart(id), at: record.location("end"), quarter: quarter)
    }
    return .activity(
      Activity(
        id: id, title: record["title"], category: record["category"], lead: record["lead"],
        status: status, start: start, end: end, budgetPlanned: amount("budget_planned"),
        budgetSpent: amount("budget_spent"), participants: amount("participants"),
        notes: record["notes"], location: record.location(), isRejected: rejected))
  }
}
