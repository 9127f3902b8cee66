import Glibc
import ProsperityStore

/// A file read front to back in chunks, appended to a buffer the caller owns and reuses.
package final class FileChunks {
  private let descriptor: Int32
  /// The file as it was when opened.
  let identity: FileIdentity

  /// Opens `path` for reading; `nil` when it cannot be opened.
  init?(path: String) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      close(descriptor)
      return nil
    }
    self.descriptor = descriptor
    identity = FileIdentity(status)
  }

  deinit { close(descriptor) }

  /// Appends up to `count` bytes to `buffer`. Returns how many were read: 0 at the end of the
  /// file, `nil` when reading failed.
  func read(appendingTo buffer: inout [UInt8], upTo count: Int) -> Int? {
    // No chunk needs to be larger than the file (plus one byte, to see its end).
    let wanted = min(count, identity.size + 1)
    // Read straight into the buffer's own storage, which the caller reuses from chunk to chunk:
    // a scratch buffer per file, zeroed and copied from, cost more than the parsing of a row.
    let start = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: wanted))
    var filled = 0
    var failed = false
    while filled < wanted {
      let got = buffer.withUnsafeMutableBytes { bytes in
        Glibc.read(descriptor, bytes.baseAddress! + start + filled, wanted - filled)
      }
      if got < 0 {
        if errno == EINTR { continue }
        failed = true
        break
      }
      if got == 0 { break }
      filled += got
    }
    // What a failed read got is dropped: the file is reported as unreadable from there on.
    buffer.removeLast(failed ? wanted : wanted - filled)
    return failed ? nil : filled
  }
}
