import Foundation
import Testing

/// The fuzz harness, built without libFuzzer, replays the seed corpus, the csv-spectrum files and
/// the shipped inputs through every target: a broken invariant stops it with a non-zero status.
/// (`make fuzz` runs libFuzzer itself; see the README.)
@Suite("Fuzz corpus replay")
struct FuzzReplayTests {
  @Test("every seed and input passes the CSV, value and formula targets")
  func replay() throws {
    let binary = BinaryLocator.prosperity.deletingLastPathComponent()
      .appendingPathComponent("ProsperityFuzz")
    var folders = [
      Paths.packageRoot.appendingPathComponent("Tests/ProsperityKitTests/Fuzz/Seeds").path,
      Paths.shippedInputs.appendingPathComponent("2024-Q2").path,
      Paths.fixtures.appendingPathComponent("bad/2026-Q2").path,
    ]
    let spectrum = Paths.packageRoot.appendingPathComponent("../shared/testdata/csv-spectrum/csvs")
    if FileManager.default.fileExists(atPath: spectrum.path) { folders.append(spectrum.path) }
    let process = Process()
    process.executableURL = binary
    process.arguments = folders
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let count = Int(text.split(separator: " ").dropFirst().first ?? "") ?? 0
    #expect(count >= 15, "\(text)")
  }
}
