import ProsperityModel

/// When an engine file was handed in, from its optional `submitted` column: the latest date any row
/// gives, since a file updated after its first hand-in arrived when it was last updated.
package enum SubmissionDate {
  static func read(_ table: TableFile, quarter: Quarter, log: inout DiagnosticLog) -> CalendarDate?
  {
    var latest = Latest(quarter: quarter)
    for record in table.records { latest.add(record, log: &log) }
    return latest.latest
  }

  /// The latest date so far, for a file read a row at a time.
  struct Latest {
    let quarter: Quarter
    private(set) var latest: CalendarDate?

    init(quarter: Quarter) { self.quarter = quarter }

    /// The fields whose bytes did not settle their date, read by the `String` rules instead.
    private(set) var fallbacks = 0

    mutating func add(_ record: TableRecord, log: inout DiagnosticLog) {
      let index = record.index(of: QualityFiles.submittedColumn)
      let date: CalendarDate
      switch record.date(at: index) {
      case .value(let found): date = found
      case .empty: return
      case .invalid: return warn(record[at: index], record, log: &log)
      case nil:
        fallbacks += 1
        let text = record[at: index]
        guard !text.isEmpty else { return }
        guard let found = CalendarDate(parsing: text) else {
          return warn(text, record, log: &log)
        }
        date = found
      }
      if latest.map({ date > $0 }) ?? true { latest = date }
    }

    private func warn(_ text: String, _ record: TableRecord, log: inout DiagnosticLog) {
      log.warning(
        Messages.badSubmittedDate(text), at: record.location(QualityFiles.submittedColumn),
        quarter: quarter)
    }
  }
}
