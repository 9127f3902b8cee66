import Glibc

/// What identifies one version of a file without reading it: a file read twice (once to count,
/// once to list) must not have changed in between.
package struct FileIdentity: Hashable, Sendable, Codable {
  let device: UInt64
  let inode: UInt64
  /// In bytes, when the identity was taken.
  package let size: Int
  let modifiedSeconds: Int
  let modifiedNanoseconds: Int
  /// The inode's change time, which no tool can set back as `touch` can the modification time.
  let changedSeconds: Int
  let changedNanoseconds: Int

  /// The identity `status` (from `fstat`) gives.
  package init(_ status: stat) {
    device = UInt64(status.st_dev)
    inode = UInt64(status.st_ino)
    size = Int(status.st_size)
    modifiedSeconds = Int(status.st_mtim.tv_sec)
    modifiedNanoseconds = Int(status.st_mtim.tv_nsec)
    changedSeconds = Int(status.st_ctim.tv_sec)
    changedNanoseconds = Int(status.st_ctim.tv_nsec)
  }

  /// The identity of whatever file is at `path` now, or `nil` when nothing readable is (opened,
  /// as a reading would open it, so a file that cannot be read has no identity).
  init?(path: String) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return nil }
    self.init(status)
  }
}
