/// Reads one row of an activity file into an ``Activity``, reporting what it cannot read.
///
/// A row with an unreadable field stays an activity, flagged; a row without a usable id (empty,
/// or repeated) is not one.
struct ActivityRowParser {
  let quarter: Quarter
  private var seen: Set<String> = []
  /// The file's columns, found from its first row.
  private var columns: Columns?

  /// Where each field is in the file.
  private struct Columns {
    let id, title, category, lead, status, start, end, planned, spent, participants, notes: Int?

    init(_ record: TableRecord) {
      id = record.index(of: "activity_id")
      title = record.index(of: "title")
      category = record.index(of: "category")
      lead = record.index(of: "lead")
      status = record.index(of: "status")
      start = record.index(of: "start")
      end = record.index(of: "end")
      planned = record.index(of: "budget_planned")
      spent = record.index(of: "budget_spent")
      participants = record.index(of: "participants")
      notes = record.index(of: "notes")
    }
  }

  init(quarter: Quarter) { self.quarter = quarter }

  enum Outcome {
    case activity(Activity)
    /// The row has no usable id, so no activity total can be trusted.
    case uncountable
  }

  mutating func parse(_ record: TableRecord, log: inout DiagnosticLog) -> Outcome {
    let columns = self.columns ?? Columns(record)
    self.columns = columns
    let id = record[at: columns.id]
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
    let statusText = record[at: columns.status]
    let status = ActivityStatus(parsing: statusText)
    if status == nil {
      fail(
        statusText.isEmpty ? Messages.missingField("status") : Messages.badStatus(statusText),
        "status")
    }
    func date(_ column: String, _ index: Int?) -> CalendarDate? {
      let text = record[at: index]
      guard !text.isEmpty else { return nil }
      guard let date = CalendarDate(parsing: text) else {
        fail(Messages.badDate(text), column)
        return nil
      }
      return date
    }
    func amount(_ column: String, _ index: Int?) -> Double? {
      let text = record[at: index]
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
    let start = date("start", columns.start)
    let end = date("end", columns.end)
    if let start, let end, end < start {
      log.warning(Messages.endBeforeStart(id), at: record.location("end"), quarter: quarter)
    }
    return .activity(
      Activity(
        id: id, title: record[at: columns.title], category: record[at: columns.category],
        lead: record[at: columns.lead], status: status, start: start, end: end,
        budgetPlanned: amount("budget_planned", columns.planned),
        budgetSpent: amount("budget_spent", columns.spent),
        participants: amount("participants", columns.participants),
        notes: record[at: columns.notes], location: record.location(), isRejected: rejected))
  }
}
