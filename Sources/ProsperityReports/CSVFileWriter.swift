import Foundation
import ProsperityModel
import ProsperityStore

/// Writes CSV records to a new file as they come, the way Excel in Israel opens a CSV right
/// (UTF-8 with a byte-order mark, CRLF line ends): a file of any length is written without
/// being held.
package final class CSVFileWriter {
  private let reported: String
  private let descriptor: Int32
  private var buffer: [UInt8] = []
  /// Bytes gathered before each write(2).
  private let chunk: Int

  /// Creates (or empties) `path`; failures name `reported`, the file the user asked for.
  package convenience init(path: String, reportingAs reported: String? = nil, chunk: Int = 1 << 16)
    throws(OutputError)
  {
    // 0o666 less the umask, as Foundation creates files.
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else {
      throw OutputError(path: reported ?? path, reason: String(cString: strerror(errno)))
    }
    self.init(descriptor: descriptor, reportingAs: reported ?? path, chunk: chunk)
  }

  /// Writes to `descriptor`, a new file open for writing, which the writer closes.
  package init(descriptor: Int32, reportingAs reported: String, chunk: Int = 1 << 16) {
    self.reported = reported
    self.descriptor = descriptor
    self.chunk = max(1, chunk)
    buffer.reserveCapacity(self.chunk + 4096)
    buffer += [0xEF, 0xBB, 0xBF]
  }

  deinit { close(descriptor) }

  /// Appends one record, its fields quoted where they need it.
  package func append(_ fields: [String]) throws(OutputError) {
    for (index, field) in fields.enumerated() {
      if index > 0 { buffer.append(UInt8(ascii: ",")) }
      buffer += CSVField.escape(field).utf8
    }
    buffer += [0x0D, 0x0A]
    if buffer.count >= chunk { try drain() }
  }

  /// Writes what is left and flushes the file to disk.
  package func finish() throws(OutputError) {
    try drain()
    guard fsync(descriptor) == 0 else { throw failure() }
  }

  private func drain() throws(OutputError) {
    var written = 0
    while written < buffer.count {
      let count = buffer.withUnsafeBytes { bytes in
        write(descriptor, bytes.baseAddress! + written, bytes.count - written)
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { throw failure() }
      written += count
    }
    buffer.removeAll(keepingCapacity: true)
  }

  private func failure() -> OutputError {
    OutputError(path: reported, reason: String(cString: strerror(errno)))
  }
}
