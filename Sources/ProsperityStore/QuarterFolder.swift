import CFileSystem
import Dispatch
import Foundation
import ProsperitySupport

/// Publishes a quarter's reports as one unit: the files are written into a hidden staging folder
/// beside the quarter's folder, which then takes the old folder's place in a single atomic
/// exchange. A run killed at any moment leaves the quarter's files all old or all new.
package struct QuarterFolder: Sendable {
  /// The published folder, `Reports/2026-Q3`.
  package let path: String
  /// Where the new files are written before they are published.
  let staging: String
  /// The staged files being written and flushed on other threads, waited for before the folder
  /// is published.
  private let pending = PendingWrites()

  /// The quarter folder at `path`, staged in a hidden folder beside it named for this process.
  package init(_ path: String) {
    self.path = path
    let parent = FilePath.parent(of: path)
    let name = (path as NSString).lastPathComponent
    staging = (parent as NSString).appendingPathComponent(".\(name).staging-\(getpid())")
  }

  /// The staged path of a file that will be published as `name` inside the folder.
  package func staged(_ name: String) -> String {
    (staging as NSString).appendingPathComponent(name)
  }

  /// Renders, writes and flushes a file of the staging folder on another thread, while the
  /// workbook is built on this one; it is published only once it is on disk, and a failure is
  /// thrown by ``publish()``.
  package func write(named name: String, _ render: @escaping @Sendable () -> [UInt8]) {
    let path = staged(name)
    pending.start { () throws(OutputError) in try AtomicFile.writeFlushed(render(), to: path) }
  }

  /// Stages a copy of the finished file at `source` (written and flushed elsewhere) as `name`,
  /// flushed on another thread like ``write(named:_:)``.
  package func write(named name: String, copying source: String) {
    let path = staged(name)
    pending.start { () throws(OutputError) in
      do {
        try FileManager.default.copyItem(atPath: source, toPath: path)
      } catch {
        throw OutputError(path: path, reason: error.localizedDescription)
      }
      try AtomicFile.flush(path, reportingAs: path)
    }
  }

  /// Stages the file the published folder holds as `name` as it is, a file that need not be
  /// written again: a hard link, or a flushed copy where links cannot be made. `false` when there
  /// is none to stage, or it is not a plain file (a link put there would publish whatever it
  /// points to at the time).
  package func carry(named name: String) -> Bool {
    let source = (path as NSString).appendingPathComponent(name)
    let target = staged(name)
    unlink(target)
    var status = stat()
    guard lstat(source, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return false }
    if link(source, target) == 0 { return true }
    return copy(source, target) && (try? AtomicFile.flush(target, reportingAs: target)) != nil
  }

  /// Takes a file staged by ``carry(named:)`` back out, to be written anew instead.
  package func drop(named name: String) {
    unlink(staged(name))
  }

  /// Creates an empty staging folder holding the files of the published folder that `keeping`
  /// accepts (a user's own file there survives); every other file is left behind by the exchange.
  package func prepare(keeping: (String) -> Bool) throws(OutputError) {
    try? FileManager.default.removeItem(atPath: staging)
    try AtomicFile.createFolders(staging, reportingAs: path)
    let existing = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    for name in existing where keeping(name) && !name.hasPrefix(".") {
      let source = (path as NSString).appendingPathComponent(name)
      guard link(source, staged(name)) == 0 || copy(source, staged(name)) else {
        throw OutputError(path: path, reason: String(cString: strerror(errno)))
      }
    }
  }

  /// Swaps the staging folder in for the published one and removes the old files.
  package func publish() throws(OutputError) {
    try pending.wait()
    try AtomicFile.syncFolder(staging, reportingAs: path)
    var isDirectory: ObjCBool = false
    // The old files are removed while the exchange is flushed to disk: on a file system that
    // discards freed blocks, each removal waits for the disk as long as a flush does.
    let removal = DispatchGroup()
    defer { removal.wait() }
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      guard prosperity_exchange_paths(staging, path) == 0 else {
        throw OutputError(path: path, reason: String(cString: strerror(errno)))
      }
      DispatchQueue.global().async(group: removal) { [staging] in
        try? FileManager.default.removeItem(atPath: staging)
      }
    } else {
      guard rename(staging, path) == 0 else {
        throw OutputError(path: path, reason: String(cString: strerror(errno)))
      }
    }
    try AtomicFile.syncFolder(FilePath.parent(of: path), reportingAs: path)
  }

  /// Removes the staging folder after a failure, so no temporary files are left behind.
  package func discard() {
    try? pending.wait()
    try? FileManager.default.removeItem(atPath: staging)
  }

  private func copy(_ source: String, _ target: String) -> Bool {
    (try? FileManager.default.copyItem(atPath: source, toPath: target)) != nil
  }
}
