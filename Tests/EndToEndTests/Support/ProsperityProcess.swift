import Foundation

/// What one run of the binary did.
struct RunResult {
  let status: Int32
  let stdout: String
  let stderr: String

  var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
}

/// Runs the real `prosperity` executable through Foundation's `Process`.
enum ProsperityProcess {
  /// Runs to completion; `environment` replaces the inherited one when given (cron's world).
  static func run(
    _ arguments: [String], in directory: URL, environment: [String: String]? = nil
  ) throws -> RunResult {
    try run(BinaryLocator.prosperity, arguments, in: directory, environment: environment)
  }

  /// Runs any program to completion the same way (the tools that read back what was written).
  static func run(
    _ executable: URL, _ arguments: [String], in directory: URL,
    environment: [String: String]? = nil
  ) throws -> RunResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    if let environment { process.environment = environment }
    // Output goes to files, not pipes, so a chatty run can never block on a full pipe.
    let outURL = directory.appendingPathComponent(".stdout-\(UUID().uuidString)")
    let errURL = directory.appendingPathComponent(".stderr-\(UUID().uuidString)")
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    defer {
      try? FileManager.default.removeItem(at: outURL)
      try? FileManager.default.removeItem(at: errURL)
    }
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    process.standardOutput = out
    process.standardError = err
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    return RunResult(
      status: process.terminationStatus,
      stdout: try String(contentsOf: outURL, encoding: .utf8),
      stderr: try String(contentsOf: errURL, encoding: .utf8))
  }
}

extension ProsperityProcess {
  /// Starts a run in the background with its output discarded, for tests that kill it.
  static func start(_ arguments: [String], in directory: URL) throws -> Process {
    let process = Process()
    process.executableURL = BinaryLocator.prosperity
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }
}
