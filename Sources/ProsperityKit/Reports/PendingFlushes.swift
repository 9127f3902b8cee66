import Dispatch
import Foundation

/// Flushes of written files to disk, each waited for on a thread of its own: a flush mostly waits
/// for the disk, so several at once, or one beside the next report being built, take about the time
/// of one. Whoever makes the files visible (an exchange, a rename) calls ``wait()`` first, so
/// nothing is published before its bytes are on disk.
final class PendingFlushes: @unchecked Sendable {
  private let group = DispatchGroup()
  private let lock = NSLock()
  /// The first flush that failed, reported by ``wait()``.
  private var failure: OutputError?

  /// Flushes and closes `descriptor`, an open file just written, on another thread; a failure
  /// names `path`.
  func flush(_ descriptor: Int32, reportingAs path: String) {
    group.enter()
    DispatchQueue.global().async { [self] in
      if fsync(descriptor) != 0 {
        let error = OutputError(path: path, reason: String(cString: strerror(errno)))
        lock.withLock { failure = failure ?? error }
      }
      close(descriptor)
      group.leave()
    }
  }

  /// Returns once every flush asked for so far is done; throws the first that failed.
  func wait() throws(OutputError) {
    group.wait()
    if let failure = lock.withLock({ failure }) { throw failure }
  }
}
