/// Where a list's rows can be read again, in file order: the loader's reader of the file, kept
/// behind this interface so the model holds what it read, never the file itself.
package protocol ActivityRereading: Sendable {
  /// The file the rows come from, as diagnostics name it.
  var path: String { get }

  /// Calls `body` with what `prepare` makes of each row (and its index), in file order; throws
  /// ``ActivitySourceChanged`` when the file is no longer the one first read.
  func visit<Prepared: Sendable>(
    preparing prepare: @escaping @Sendable (Activity, Int) -> Prepared,
    _ body: (Prepared) throws -> Void
  ) throws

  /// Reads the rows again on this thread until `body` returns `false` or the file ends.
  func read(while body: (Activity) -> Bool) throws
}
