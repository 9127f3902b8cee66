import Dispatch
import Foundation

/// Report files written and flushed to disk on other threads, while the workbook is built: a
/// flush mostly waits for the disk, so several at once, or one beside the workbook, take about the
/// time of one. Whoever makes the files visible (an exchange, a rename) calls ``wait()`` first, so
/// nothing is published before its bytes are on disk.
final class PendingWrites: @unchecked Sendable {
  private let group = DispatchGroup()
  private let lock = NSLock()
  /// The first write that failed, reported by ``wait()``.
  private var failure: OutputError?

  /// Runs `work` on another thread; a failure is kept for ``wait()``.
  func start(_ work: @escaping @Sendable () throws(OutputError) -> Void) {
    group.enter()
    DispatchQueue.global().async { [self] in
      do throws(OutputError) {
        try work()
      } catch {
        lock.withLock { failure = failure ?? error }
      }
      group.leave()
    }
  }

  /// Flushes and closes `descriptor`, an open file just written, on another thread; a failure
  /// names `path`.
  func flush(_ descriptor: Int32, reportingAs path: String) {
    start { () throws(OutputError) in
      defer { close(descriptor) }
      guard fsync(descriptor) == 0 else {
        throw OutputError(path: path, reason: String(cString: strerror(errno)))
      }
    }
  }

  /// Returns once all the work started so far is done; throws the first failure.
  func wait() throws(OutputError) {
    group.wait()
    if let failure = lock.withLock({ failure }) { throw failure }
  }
}
