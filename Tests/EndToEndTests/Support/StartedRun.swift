import Foundation

/// A run of the binary started in the background, its output kept for when it ends.
struct StartedRun {
  let process: Process
  private let out: URL
  private let err: URL

  init(_ arguments: [String], in directory: URL) throws {
    process = Process()
    process.executableURL = BinaryLocator.prosperity
    process.arguments = arguments
    process.currentDirectoryURL = directory
    out = directory.appendingPathComponent(".stdout-\(UUID().uuidString)")
    err = directory.appendingPathComponent(".stderr-\(UUID().uuidString)")
    FileManager.default.createFile(atPath: out.path, contents: nil)
    FileManager.default.createFile(atPath: err.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = try FileHandle(forWritingTo: err)
    try process.run()
  }

  /// Waits for the run to end and returns what it did.
  func finish() throws -> RunResult {
    process.waitUntilExit()
    defer {
      try? FileManager.default.removeItem(at: out)
      try? FileManager.default.removeItem(at: err)
    }
    return RunResult(
      status: process.terminationStatus,
      stdout: try String(contentsOf: out, encoding: .utf8),
      stderr: try String(contentsOf: err, encoding: .utf8))
  }
}
