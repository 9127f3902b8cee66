/// An activity file that has been read once, and can be read again row by row for a report
/// that lists every activity.
struct ActivitySource: Sendable {
  let file: InputFile
  let identity: FileIdentity
  let encoding: TextDecoding.Encoding
  let quarter: Quarter

  /// Calls `body` with each activity of the file, as the first reading found them. Problems were
  /// reported by that reading; this one only checks that the file is still the same.
  func visit(_ body: (Activity) throws -> Void) throws {
    var ignored = DiagnosticLog()
    guard
      var table = TableStream.reopen(
        file.path, file: file, identity: identity, encoding: encoding,
        required: QuarterFiles.activityColumns, optional: QuarterFiles.activityOptionalColumns,
        quarter: quarter, log: &ignored)
    else { throw ActivitySourceChanged(path: file.path) }
    var parser = ActivityRowParser(quarter: quarter)
    while let record = table.next(log: &ignored) {
      if case .activity(let activity) = parser.parse(record, log: &ignored) {
        try body(activity)
      }
    }
    if table.failed { throw ActivitySourceChanged(path: file.path) }
  }
}
