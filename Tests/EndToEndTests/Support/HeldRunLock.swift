import Foundation

/// The reports folder's run lock, taken by the test as another run would hold it.
struct HeldRunLock {
  let path: String
  private let descriptor: Int32

  /// Creates the reports folder if needed and takes its lock; throws when it cannot.
  init(_ workspace: Workspace) throws {
    try FileManager.default.createDirectory(
      at: workspace.reports, withIntermediateDirectories: true)
    path = workspace.reports.appendingPathComponent(".prosperity.lock").path
    descriptor = open(path, O_RDWR | O_CREAT, 0o644)
    guard descriptor >= 0, flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      throw POSIXError(.EBUSY)
    }
  }

  /// Lets the lock go, leaving the lock file as a finished run leaves it.
  func release() {
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }
}
