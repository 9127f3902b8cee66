import Foundation

/// A fresh temporary folder per test holding a copy of one fixture as `Inputs/`, so runs can write
/// `Reports/` beside it and diagnostics name stable relative paths (`Inputs/2026-Q2/...`).
struct Workspace {
  let root: URL

  var inputs: URL { root.appendingPathComponent("Inputs") }
  var reports: URL { root.appendingPathComponent("Reports") }

  /// Copies `Fixtures/<fixture>` to a new temporary folder as `Inputs/`.
  init(fixture: String) throws {
    try self.init(copying: Paths.fixtures.appendingPathComponent(fixture))
  }

  /// Copies any inputs folder (e.g. the repository's own `Inputs/`).
  init(copying source: URL) throws {
    root = FileManager.default.temporaryDirectory
      .appendingPathComponent("prosperity-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: source, to: inputs)
  }

  /// Runs the built binary with `arguments`, in the workspace folder.
  func run(_ arguments: [String]) throws -> RunResult {
    try ProsperityProcess.run(arguments, in: root)
  }

  /// Runs the built binary with exactly `environment`, as cron would.
  func run(_ arguments: [String], environment: [String: String]) throws -> RunResult {
    try ProsperityProcess.run(arguments, in: root, environment: environment)
  }

  /// A report file of `quarter`, e.g. `report("indicators", "2026-Q2", "csv")`.
  func report(_ kind: String, _ quarter: String, _ ext: String) -> URL {
    reports.appendingPathComponent(quarter).appendingPathComponent("\(kind)-\(quarter).\(ext)")
  }

  func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

  func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }

  /// Writes `text` (UTF-8) to `relativePath` under the workspace.
  func write(_ text: String, to relativePath: String) throws {
    let url = root.appendingPathComponent(relativePath)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  func remove() { try? FileManager.default.removeItem(at: root) }
}
