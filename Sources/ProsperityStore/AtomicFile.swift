import Foundation
import ProsperitySupport

/// A report that could not be written; the message names the path (exit 73).
package struct OutputError: Error, Sendable, CustomStringConvertible {
  /// The report (or folder) that could not be written, as the operator named it.
  package let path: String
  /// Why, in the system's words (`No space left on device`) or the tool's; for a refusal, the
  /// whole message.
  package let reason: String
  /// Not a failure to write but a refusal to publish (a quarter that would lose most of an
  /// engine's published values): `reason` is the whole message, and the exit status is 65.
  package var isRefusal = false

  /// `path: reason`, as the command line prints it.
  package var description: String { "\(path): \(reason)" }

  /// A failure to write `path`, or a refusal to publish it when `isRefusal`.
  package init(path: String, reason: String, isRefusal: Bool = false) {
    self.path = path
    self.reason = reason
    self.isRefusal = isRefusal
  }
}

/// Writes reports so that a killed run never leaves a half-written one: the content goes to a
/// temporary file in the same folder, is flushed to disk, and is renamed over the report.
package enum AtomicFile {
  /// Writes `bytes` to `path` atomically, creating the folder if needed.
  package static func write(_ bytes: some Collection<UInt8>, to path: String) throws(OutputError) {
    try replace(path, flushed: true) { temporary throws(OutputError) in
      defer { close(temporary.descriptor) }
      try write(bytes, into: temporary.descriptor, reportingAs: path)
      guard fsync(temporary.descriptor) == 0 else {
        throw OutputError(path: path, reason: String(cString: strerror(errno)))
      }
    }
  }

  /// Runs `produce` to write a temporary file beside `path`, then moves it into place.
  package static func replace(
    _ path: String, produce: (String) throws(OutputError) -> Void
  ) throws(OutputError) {
    try replace(path, flushed: false) { temporary throws(OutputError) in
      // The producer writes by path (libxlsxwriter opens the file itself), into the file just
      // created for it.
      close(temporary.descriptor)
      try produce(temporary.path)
    }
  }

  /// `flushed`: whether `produce` flushes the temporary file itself.
  private static func replace(
    _ path: String, flushed: Bool, produce: (TemporaryFile) throws(OutputError) -> Void
  ) throws(OutputError) {
    let folder = FilePath.parent(of: path)
    try createFolders(folder.isEmpty ? "." : folder, reportingAs: path)
    let created = try TemporaryFile(beside: path, reportingAs: path)
    let temporary = created.path
    do throws(OutputError) {
      try produce(created)
      if !flushed { try flush(temporary, reportingAs: path) }
      guard rename(temporary, path) == 0 else {
        throw OutputError(path: path, reason: String(cString: strerror(errno)))
      }
    } catch {
      unlink(temporary)
      throw error
    }
  }

  /// Creates `folder` and its parents with mkdir(2), so a failure names the system's own reason
  /// ("Not a directory", "Read-only file system") and the report it was for.
  package static func createFolders(_ folder: String, reportingAs path: String) throws(OutputError)
  {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw OutputError(path: path, reason: "\(folder): \(String(cString: strerror(ENOTDIR)))")
      }
      return
    }
    let parent = FilePath.parent(of: folder)
    if !parent.isEmpty && parent != folder { try createFolders(parent, reportingAs: path) }
    guard mkdir(folder, 0o755) == 0 || errno == EEXIST else {
      throw OutputError(path: path, reason: "\(folder): \(String(cString: strerror(errno)))")
    }
  }

  /// Flushes a folder's entries (a rename's effect) to disk.
  static func syncFolder(_ folder: String, reportingAs path: String) throws(OutputError) {
    try flush(folder.isEmpty ? "." : folder, reportingAs: path)
  }

  /// Writes `bytes` to a new file at `path` and flushes it, for temporary files about to be
  /// renamed into place.
  static func writeFlushed(
    _ bytes: some Collection<UInt8>, to path: String, reportingAs reported: String? = nil
  ) throws(OutputError) {
    let descriptor = try writeContents(bytes, to: path, reportingAs: reported)
    defer { close(descriptor) }
    guard fsync(descriptor) == 0 else {
      throw OutputError(path: reported ?? path, reason: String(cString: strerror(errno)))
    }
  }

  /// Writes `bytes` to a new or emptied file at `path` and returns its open descriptor, for the
  /// caller to flush and close.
  ///
  /// Plain write(2) calls: Foundation's `createFile` would write a temporary file of its own,
  /// flush and rename it, so the callers' flush would be a second one, while the callers' own
  /// rename or folder exchange already makes the file appear whole.
  static func writeContents(
    _ bytes: some Collection<UInt8>, to path: String, reportingAs reported: String? = nil
  ) throws(OutputError) -> Int32 {
    // 0o666 less the umask, as Foundation creates files.
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else {
      throw OutputError(path: reported ?? path, reason: String(cString: strerror(errno)))
    }
    do throws(OutputError) {
      try write(bytes, into: descriptor, reportingAs: reported ?? path)
    } catch {
      close(descriptor)
      throw error
    }
    return descriptor
  }

  /// Writes all of `bytes` to the open file `descriptor`.
  static func write(
    _ bytes: some Collection<UInt8>, into descriptor: Int32, reportingAs path: String
  ) throws(OutputError) {
    let contiguous = bytes as? [UInt8] ?? Array(bytes)
    var written = 0
    while written < contiguous.count {
      let count = contiguous.withUnsafeBytes { buffer in
        Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else {
        throw OutputError(path: path, reason: String(cString: strerror(errno)))
      }
      written += count
    }
  }

  /// Writes several files atomically, each as ``write(_:to:)`` would, flushing them all at once:
  /// every file is renamed into place only once all of them are on disk.
  static func write(_ files: [(bytes: [UInt8], path: String)]) throws(OutputError) {
    var temporaries: [String] = []
    defer { for temporary in temporaries { unlink(temporary) } }
    let flushes = PendingWrites()
    do throws(OutputError) {
      for file in files {
        let folder = FilePath.parent(of: file.path)
        try createFolders(folder.isEmpty ? "." : folder, reportingAs: file.path)
        let temporary = try TemporaryFile(beside: file.path, reportingAs: file.path)
        temporaries.append(temporary.path)
        do throws(OutputError) {
          try write(file.bytes, into: temporary.descriptor, reportingAs: file.path)
        } catch {
          close(temporary.descriptor)
          throw error
        }
        flushes.flush(temporary.descriptor, reportingAs: file.path)
      }
    } catch {
      try? flushes.wait()
      throw error
    }
    try flushes.wait()
    for (file, temporary) in zip(files, temporaries) {
      guard rename(temporary, file.path) == 0 else {
        throw OutputError(path: file.path, reason: String(cString: strerror(errno)))
      }
    }
    temporaries = []
  }

  /// Flushes the file or folder at `temporary` to disk; a failure names `path`.
  static func flush(_ temporary: String, reportingAs path: String) throws(OutputError) {
    let descriptor = open(temporary, O_RDONLY)
    guard descriptor >= 0 else {
      throw OutputError(path: path, reason: String(cString: strerror(errno)))
    }
    defer { close(descriptor) }
    guard fsync(descriptor) == 0 else {
      throw OutputError(path: path, reason: String(cString: strerror(errno)))
    }
  }
}
