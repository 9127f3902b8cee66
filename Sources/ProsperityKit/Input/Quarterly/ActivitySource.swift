/// An activity file that has been read once, and can be read again row by row for a report
/// that lists every activity.
struct ActivitySource: Sendable {
  let file: InputFile
  let identity: FileIdentity
  let encoding: TextDecoding.Encoding
  let quarter: Quarter

  /// Calls `body` with each activity of the file, as the first reading found them. Problems were
  /// reported by that reading; this one only checks that the file is still the same. The file is
  /// parsed on another thread, a few hundred rows ahead of `body`.
  func visit(_ body: (Activity) throws -> Void) throws {
    let source = self
    try ReadAhead.run(
      produce: { emit in try source.parse(batchesOf: 512, emit) },
      consume: { batch in for activity in batch { try body(activity) } })
  }

  /// Parses the file again, handing its activities to `emit` in batches, until `emit` says stop.
  private func parse(batchesOf size: Int, _ emit: ([Activity]) -> Bool) throws {
    var ignored = DiagnosticLog()
    guard
      var table = TableStream.reopen(
        file.path, file: file, identity: identity, encoding: encoding,
        required: QuarterFiles.activityColumns, optional: QuarterFiles.activityOptionalColumns,
        quarter: quarter, log: &ignored)
    else { throw ActivitySourceChanged(path: file.path) }
    var parser = ActivityRowParser(quarter: quarter)
    var batch: [Activity] = []
    batch.reserveCapacity(size)
    while let record = table.next(log: &ignored) {
      guard case .activity(let activity) = parser.parse(record, log: &ignored) else { continue }
      batch.append(activity)
      if batch.count == size {
        guard emit(batch) else { return }
        batch.removeAll(keepingCapacity: true)
      }
    }
    if table.failed { throw ActivitySourceChanged(path: file.path) }
    if !batch.isEmpty { _ = emit(batch) }
  }
}
