import Foundation

/// A named pipe among the inputs that a running `prosperity` must stop at: each time the process
/// opens it, it waits until this gate writes the pipe's bytes, so a test knows exactly how far the
/// run has got and can change other files at that point. Every opening reads the same bytes, so
/// the pipe itself reads like an unchanging file.
final class FifoGate: @unchecked Sendable {
  let path: String
  let contents: [UInt8]
  private let lock = NSLock()
  private var stopped = false
  private let finished = DispatchSemaphore(value: 0)

  init(at path: String, contents: String) throws {
    guard mkfifo(path, 0o644) == 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
    // A reader may close the pipe without reading it (a size check first): the write then fails
    // with EPIPE instead of ending the test process.
    signal(SIGPIPE, SIG_IGN)
    self.path = path
    self.contents = Array(contents.utf8)
  }

  /// Serves every opening of the pipe by `process`, calling `atOpening` with its number (1 for the
  /// first) before the bytes are written; returns at once, serving on another thread.
  func serve(_ process: Process, atOpening: @escaping @Sendable (Int) -> Void) {
    Thread.detachNewThread { [self] in
      var opening = 0
      while true {
        // Blocks until the process opens the pipe to read it (or `finish` does).
        let descriptor = open(path, O_WRONLY)
        if lock.withLock({ stopped }) || descriptor < 0 {
          if descriptor >= 0 { close(descriptor) }
          break
        }
        opening += 1
        atOpening(opening)
        _ = contents.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        // The reader has taken the bytes, so it holds the pipe open: wait for it to close it
        // before serving the next opening, which must be a new one.
        while process.isRunning && unread(descriptor) > 0 { usleep(500) }
        close(descriptor)
        while process.isRunning && holdsPipe(process.processIdentifier) { usleep(500) }
      }
      finished.signal()
    }
  }

  /// Stops serving once the process has ended (unblocking a gate still waiting for a reader).
  func finish() {
    lock.withLock { stopped = true }
    let reader = open(path, O_RDONLY | O_NONBLOCK)
    finished.wait()
    if reader >= 0 { close(reader) }
  }

  private func unread(_ descriptor: Int32) -> Int32 {
    var count: Int32 = 0
    return ioctl(descriptor, UInt(FIONREAD), &count) == 0 ? count : 0
  }

  /// Whether the process has the pipe open, from its descriptors in /proc.
  private func holdsPipe(_ pid: Int32) -> Bool {
    let folder = "/proc/\(pid)/fd"
    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
      let link = try? FileManager.default.destinationOfSymbolicLink(atPath: folder + "/" + name)
      if link == path || link == target { return true }
    }
    return false
  }
}
