import ProsperityModel
import ProsperityStore
import ProsperitySupport

/// An activity file that has been read once, and can be read again row by row for a report
/// that lists every activity.
package struct ActivitySource: ActivityRereading {
  let file: InputFile
  let identity: FileIdentity
  let encoding: TextDecoding.Encoding
  let quarter: Quarter

  /// The activity file's path.
  package var path: String { file.path }

  /// Calls `body` with each activity of the file, as the first reading found them. Problems were
  /// reported by that reading; this one only checks that the file is still the same. The file is
  /// parsed on another thread, a few hundred rows ahead of `body`.
  package func visit<Prepared: Sendable>(
    preparing prepare: @escaping @Sendable (Activity, Int) -> Prepared,
    _ body: (Prepared) throws -> Void
  ) throws {
    let source = self
    try ReadAhead.run(
      produce: { emit in try source.parse(batchesOf: 512, preparing: prepare, emit) },
      consume: { batch in for prepared in batch { try body(prepared) } })
  }

  /// Reads the file again on this thread, handing each activity to `body` until it returns
  /// `false` or the file ends.
  package func read(while body: (Activity) -> Bool) throws {
    try parse(
      batchesOf: 64, preparing: { activity, _ in activity }, { batch in batch.allSatisfy(body) })
  }

  /// Parses the file again, handing what `prepare` makes of its activities to `emit` in batches,
  /// until `emit` says stop.
  private func parse<Prepared>(
    batchesOf size: Int, preparing prepare: (Activity, Int) -> Prepared,
    _ emit: ([Prepared]) -> Bool
  ) throws {
    var ignored = DiagnosticLog()
    guard
      var table = TableStream.reopen(
        file.path, file: file, identity: identity, encoding: encoding,
        required: QuarterFiles.activityColumns, optional: QuarterFiles.activityOptionalColumns,
        quarter: quarter, log: &ignored)
    else { throw ActivitySourceChanged(path: file.path) }
    var parser = ActivityRowParser(quarter: quarter)
    var batch: [Prepared] = []
    batch.reserveCapacity(size)
    var index = 0
    while let record = table.next(log: &ignored) {
      guard case .activity(let activity) = parser.parse(record, log: &ignored) else { continue }
      batch.append(prepare(activity, index))
      index += 1
      if batch.count == size {
        guard emit(batch) else { return }
        batch.removeAll(keepingCapacity: true)
      }
    }
    if table.failed { throw ActivitySourceChanged(path: file.path) }
    if !batch.isEmpty { _ = emit(batch) }
  }
}
