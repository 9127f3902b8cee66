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

    mutating func add(_ record: TableRecord, log: inout DiagnosticLog) {
      let text = record[QualityFiles.submittedColumn]
      guard !text.isEmpty else { return }
      guard let date = CalendarDate(parsing: text) else {
        log.warning(
          Messages.badSubmittedDate(text), at: record.location(QualityFiles.submittedColumn),
          quarter: quarter)
        return
      }
      if latest.map({ date > $0 }) ?? true { latest = date }
    }
  }
}
