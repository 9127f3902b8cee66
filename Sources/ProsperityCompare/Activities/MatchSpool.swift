import Foundation
import Glibc

/// Matched activities kept in an unnamed temporary file as they are matched, and read back in the
/// same order as often as a report needs them. Matching reads both quarters' files; keeping the
/// matches on disk lets it happen once, while memory holds only a buffer.
///
/// The file is unlinked as soon as it is made, so it goes with the process whatever happens.
/// Written by one thread while the comparison is built; afterwards only read, each reading with
/// its own offsets (`pread`), so readings may run at once.
final class MatchSpool: @unchecked Sendable {
  /// The engines' ids, numbered as the records name them.
  private let engines: [String]
  private let descriptor: Int32
  /// Where the file is, for a message when it cannot be written.
  private let folder: String
  /// Records not yet written to the file.
  private var pending: [UInt8] = []
  /// Bytes written to the file.
  private var size = 0
  /// Matches appended.
  private(set) var count = 0

  private static let flushAt = 1 << 20

  /// The folder temporary files go to: `TMPDIR`, or `/tmp`.
  static var temporaryFolder: String {
    ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
  }

  /// A new, empty spool in `folder` for matches of `engines`.
  init(engines: [String], folder: String = temporaryFolder) throws(SpoolFailed) {
    self.engines = engines
    var template = Array("\(folder)/prosperity-compare-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer {
      mkstemp($0.baseAddress!)
    }
    guard descriptor >= 0 else { throw SpoolFailed(path: folder, code: errno) }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    self.descriptor = descriptor
    self.folder = folder
    pending.reserveCapacity(Self.flushAt + 4096)
  }

  deinit { close(descriptor) }

  /// Adds `match`, of the engine numbered `engine` in the spool's engines.
  func append(_ match: ActivityComparison, engine: Int) throws(SpoolFailed) {
    MatchRecord.encode(match, engine: engine, into: &pending)
    count += 1
    if pending.count >= Self.flushAt { try flush() }
  }

  /// Writes what is pending; call once every match is appended.
  func flush() throws(SpoolFailed) {
    var written = 0
    while written < pending.count {
      let result = pending.withUnsafeBytes { bytes in
        pwrite(descriptor, bytes.baseAddress! + written, bytes.count - written, off_t(size))
      }
      if result < 0 {
        if errno == EINTR { continue }
        throw SpoolFailed(path: folder, code: errno)
      }
      written += result
      size += result
    }
    pending.removeAll(keepingCapacity: true)
  }

  /// Calls `body` with every match, in the order appended.
  func replay(_ body: (ActivityComparison) throws -> Void) throws {
    var buffer = MatchRecord.Reader()
    var offset = 0
    while true {
      if let match = buffer.next(engines: engines) {
        try body(match)
        continue
      }
      guard offset < size else { break }
      try buffer.refill { space in
        while true {
          let got = pread(
            descriptor, space.baseAddress!, min(space.count, size - offset), off_t(offset))
          if got < 0 && errno == EINTR { continue }
          guard got > 0 else { throw SpoolFailed(path: folder, code: got < 0 ? errno : EIO) }
          offset += got
          return got
        }
      }
    }
    // A record cut short: the file is not as written.
    guard buffer.isEmpty else { throw SpoolFailed(path: folder, code: EIO) }
  }
}

/// The temporary file of a comparison could not be written or read back.
package struct SpoolFailed: Error, Sendable, CustomStringConvertible {
  /// The folder of the temporary file.
  package let path: String
  /// The system's description of the error.
  package let reason: String

  init(path: String, code: Int32) {
    self.path = path
    reason = String(cString: strerror(code))
  }

  /// `path: reason`, as the command line prints it.
  package var description: String { "\(path): \(reason)" }
}
