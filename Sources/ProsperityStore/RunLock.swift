import Foundation

/// Why the reports folder could not be locked.
package enum LockFailure: Error, Sendable {
  /// Another run holds it (exit 75, EX_TEMPFAIL: try again later).
  case busy(path: String)
  /// The lock file can be neither created nor opened (exit 73), with the system's reason.
  case unavailable(path: String, reason: String)
}

/// An advisory lock (flock) on the reports folder, so two runs never write it at once.
///
/// The kernel drops the lock when the process ends, however it ends, so a lock left by a killed run
/// never blocks the next one.
package final class RunLock: Sendable {
  let path: String
  private let descriptor: Int32
  /// The lock file in the reports folder, hidden from a user's listing and never removed.
  package static let fileName = ".prosperity.lock"

  /// Takes the lock at once or fails: a cron run that finds another one running should not queue.
  package init(reports: String) throws(LockFailure) {
    let path = (reports as NSString).appendingPathComponent(Self.fileName)
    self.path = path
    var descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    // On a read-only folder an existing lock file still locks; the writes will fail later, clearly.
    if descriptor < 0 { descriptor = open(path, O_RDONLY | O_CLOEXEC) }
    guard descriptor >= 0 else {
      throw .unavailable(path: path, reason: String(cString: strerror(errno)))
    }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      close(descriptor)
      throw .busy(path: path)
    }
    self.descriptor = descriptor
  }

  deinit {
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }
}
