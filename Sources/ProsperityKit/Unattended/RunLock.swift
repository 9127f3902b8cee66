import Foundation

/// Another run holds the reports folder (exit 75, EX_TEMPFAIL: try again later).
public struct LockBusy: Error, Sendable {
  public let path: String
}

/// An advisory lock (flock) on the reports folder, so two runs never write it at once.
///
/// The kernel drops the lock when the process ends, however it ends, so a lock left by a killed run
/// never blocks the next one.
public final class RunLock: Sendable {
  public let path: String
  private let descriptor: Int32

  /// Takes the lock at once or fails: a cron run that finds another one running should not queue.
  public init(reports: String) throws(LockBusy) {
    path = (reports as NSString).appendingPathComponent(".prosperity.lock")
    descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw LockBusy(path: path) }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      close(descriptor)
      throw LockBusy(path: path)
    }
  }

  deinit {
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }
}
