/// When an engine file was handed in, from its optional `submitted` column: the latest date any row
/// gives, since a file updated after its first hand-in arrived when it was last updated.
enum SubmissionDate {
  static func read(_ table: TableFile, quarter: Quarter, log: inout DiagnosticLog) -> CalendarDate?
  {
    var latest: CalendarDate?
    for record in table.records {
      let text = record[QualityFiles.submittedColumn]
      guard !text.isEmpty else { continue }
      guard let date = CalendarDate(parsing: text) else {
        log.warning(
          Messages.badSubmittedDate(text), at: record.location(QualityFiles.submittedColumn),
          quarter: quarter)
        continue
      }
      if latest.map({ date > $0 }) ?? true { latest = date }
    }
    return latest
  }
}
