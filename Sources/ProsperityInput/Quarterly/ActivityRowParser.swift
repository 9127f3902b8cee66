import ProsperityModel
import ProsperityStore

/// Reads one row of an activity file into an ``Activity``, reporting what it cannot read.
///
/// A row with an unreadable field stays an activity, flagged; a row without a usable id (empty,
/// or repeated) is not one.
package struct ActivityRowParser {
  let quarter: Quarter
  private var seen = ActivityIDSet()
  /// The file's columns, found from its first row (none before it).
  private var columns = Columns()
  private var knowsColumns = false
  /// The fields whose bytes did not settle their value, read by the `String` rules instead.
  private(set) var fallbacks = BytePathFallbacks()

  /// Where each field is in the file.
  private struct Columns {
    var id, title, category, lead, status, start, end, planned, spent, participants, notes: Int?

    init() {}

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

  /// What a row says besides its texts, which are made only for the rows that are kept.
  struct Row {
    let status: ActivityStatus?
    let budgetPlanned: Double?
    let budgetSpent: Double?
    let participants: Double?
    let start: CalendarDate?
    let end: CalendarDate?
    /// Whether a field could not be read.
    let isRejected: Bool
  }

  mutating func parse(_ record: TableRecord, log: inout DiagnosticLog) -> Outcome {
    guard let row = read(record, log: &log) else { return .uncountable }
    return .activity(activity(row, in: record))
  }

  /// The activity of `record`, whose other values `read` gave as `row`.
  func activity(_ row: Row, in record: TableRecord) -> Activity {
    Activity(
      id: record.quietID(at: columns.id), title: record[at: columns.title],
      category: record[at: columns.category], lead: record[at: columns.lead],
      status: row.status, start: row.start, end: row.end, budgetPlanned: row.budgetPlanned,
      budgetSpent: row.budgetSpent, participants: row.participants,
      notes: record[at: columns.notes], location: record.location(), isRejected: row.isRejected)
  }

  /// The id of `record`, trimmed and without invisible characters.
  func id(in record: TableRecord) -> String {
    record.quietID(at: columns.id)
  }

  /// Checks `record` and reads its values, reporting what it cannot read; `nil` when the row has
  /// no usable id. Values are read from the fields' bytes where they settle them (see
  /// ``TableRecord/withTrimmedBytes(at:_:)``), else from their text.
  mutating func read(_ record: TableRecord, log: inout DiagnosticLog) -> Row? {
    if !knowsColumns {
      columns = Columns(record)
      knowsColumns = true
    }
    fallbacks.rows += 1
    guard isNew(record, at: columns.id, log: &log) else { return nil }
    let quarter = self.quarter
    var rejected = false
    func fail(_ message: LocalizedText, _ column: String) {
      log.error(
        message, at: record.location(column), quarter: quarter,
        rejectedRow: rejected ? nil : record.raw)
      rejected = true
    }
    /// What the field at `index` holds: as its bytes settle it, else (counted) as `rule`
    /// reads its trimmed text.
    func settled<Value>(
      _ fromBytes: SettledField<Value>?, _ kind: BytePathFallbacks.Kind, _ index: Int?,
      _ rule: (String) -> Value?
    ) -> SettledField<Value> {
      if let fromBytes { return fromBytes }
      fallbacks.count(kind)
      let text = record[at: index]
      if text.isEmpty { return .empty }
      return rule(text).map { .value($0) } ?? .invalid
    }
    var status: ActivityStatus?
    switch settled(
      record.status(at: columns.status), .status, columns.status, ActivityStatus.init(parsing:))
    {
    case .value(let found): status = found
    case .empty: fail(Messages.missingField("status"), "status")
    case .invalid: fail(Messages.badStatus(record[at: columns.status]), "status")
    }
    func date(_ column: String, _ index: Int?) -> CalendarDate? {
      switch settled(record.date(at: index), .date, index, CalendarDate.init(parsing:)) {
      case .value(let date): return date
      case .empty: return nil
      case .invalid:
        fail(Messages.badDate(record[at: index]), column)
        return nil
      }
    }
    func amount(_ column: String, _ index: Int?, _ unit: MeasureUnit) -> Double? {
      var written = record.writtenNumberFromBytes(at: index)
      if written == nil {
        fallbacks.count(.number)
        written = NumberParser.read(record[at: index])
      }
      let (number, form) = written!
      switch number {
      case .value(let value):
        guard form.fits(unit, value: value) else {
          fail(
            Messages.valueContradictsUnit(
              record[at: index], form: form, read: value, unit: unit,
              owner: .activityColumn(column)), column)
          return nil
        }
        return value
      case .notReported:
        log.warning(
          Messages.activityFieldNotReported(id(in: record), column), at: record.location(column),
          quarter: quarter)
      case .invalid: fail(Messages.badActivityNumber(record[at: index]), column)
      }
      return nil
    }
    let start = date("start", columns.start)
    let end = date("end", columns.end)
    if let start, let end, end < start {
      log.warning(
        Messages.endBeforeStart(id(in: record)), at: record.location("end"), quarter: quarter)
    }
    let planned = amount("budget_planned", columns.planned, .ils)
    let spent = amount("budget_spent", columns.spent, .ils)
    let participants = amount("participants", columns.participants, .count)
    return Row(
      status: status, budgetPlanned: planned, budgetSpent: spent, participants: participants,
      start: start, end: end, isRejected: rejected)
  }

  /// Whether the row's id is there and not seen before (logged when not).
  private mutating func isNew(
    _ record: TableRecord, at index: Int?, log: inout DiagnosticLog
  ) -> Bool {
    // Most ids are short ASCII codes, checked from their bytes without a string.
    let fromBytes = record.withTrimmedBytes(at: index) { bytes -> Bool? in
      guard !bytes.isEmpty, FieldBytes.isASCII(bytes) else { return nil }
      return seen.insert(asciiUTF8: bytes)
    }
    if fromBytes == true { return true }
    if fromBytes == nil { fallbacks.count(.id) }
    // Beyond ASCII, an id may hold invisible characters, removed here (with a warning) and
    // wherever the row's id is read again.
    let id = record.id(at: index, "activity_id", log: &log, quarter: quarter)
    if fromBytes == nil, !id.isEmpty, seen.insert(id) { return true }
    let message =
      id.isEmpty ? Messages.missingField("activity_id") : Messages.duplicateActivity(id)
    log.error(
      message, at: record.location("activity_id"), quarter: quarter, rejectedRow: record.raw)
    return false
  }
}
