import Foundation

/// Writes a file that must not replace one that exists, such as a template a manager may already
/// be filling in: the bytes go to a temporary file of its own (``TemporaryFile``), which is then
/// hard-linked into place, and link(2) fails rather than overwrite.
package enum NewFile {
  /// Whether the file was written, or one of that name was already there and was left alone.
  package enum Outcome: Equatable {
    case written
    case alreadyExists
  }

  /// Creates `path` with what `produce` writes (and flushes) to the temporary file it is given,
  /// open for writing; `produce` closes it.
  package static func create(
    at path: String, produce: (_ temporary: Int32) throws(OutputError) -> Void
  ) throws(OutputError) -> Outcome {
    if FileManager.default.fileExists(atPath: path) { return .alreadyExists }
    var outcome = Outcome.written
    let temporary = try TemporaryFile(beside: path, reportingAs: path)
    defer { unlink(temporary.path) }
    try produce(temporary.descriptor)
    if link(temporary.path, path) != 0 {
      guard errno == EEXIST else {
        throw OutputError(path: path, reason: String(cString: strerror(errno)))
      }
      outcome = .alreadyExists
    }
    return outcome
  }
}
