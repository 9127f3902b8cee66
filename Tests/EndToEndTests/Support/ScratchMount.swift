import Foundation

/// A small tmpfs mounted for a test (as root), to make a folder read-only or full. Where mounting is
/// not permitted the tests that need it are skipped, saying so.
struct ScratchMount {
  let path: String

  /// Whether this process may mount (root in a sandbox that allows it); probed once.
  static let isAvailable: Bool = {
    guard getuid() == 0 else { return false }
    let probe = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mount-probe-\(getpid())")
    try? FileManager.default.createDirectory(at: probe, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: probe) }
    guard shell(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", probe.path]) else {
      return false
    }
    return shell(["umount", probe.path])
  }()

  /// Mounts a tmpfs of `kilobytes` at `path` (created if missing).
  init(at path: String, kilobytes: Int) throws {
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    guard Self.shell(["mount", "-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", path]) else {
      throw CocoaError(.fileWriteUnknown)
    }
    self.path = path
  }

  func makeReadOnly() -> Bool { Self.shell(["mount", "-o", "remount,ro", path]) }

  func unmount() { _ = Self.shell(["umount", path]) }

  @discardableResult
  static func shell(_ arguments: [String]) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }
}
