import Foundation
import Testing

/// The benchmark must keep working: its runner, the synthetic generator and the libxlsxwriter floor
/// program run at a tiny scale. (It must work, not be fast: no timing is asserted.)
@Suite("Benchmark smoke run")
struct BenchmarkSmokeTests {
  @Test("Benchmarks/run.sh --smoke times the job and the floor on generated inputs")
  func smoke() throws {
    let data = FileManager.default.temporaryDirectory.appendingPathComponent(
      "bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: data) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = [
      Paths.packageRoot.appendingPathComponent("Benchmarks/run.sh").path, "--smoke",
    ]
    var environment = ProcessInfo.processInfo.environment
    environment["BIN"] = BinaryLocator.prosperity.deletingLastPathComponent().path
    environment["DATA"] = data.path
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(text)")
    let rows = text.split(separator: "\n").filter { $0.hasPrefix("smoke: ") }
    #expect(rows.count == 3, "\(text)")
    for row in rows { #expect(row.contains(" s ") && row.hasSuffix(" MB"), "\(row)") }
    // The generator wrote a real inputs folder that the job accepted.
    let generated = data.appendingPathComponent("smoke/2025-Q1/tourism-activities.csv")
    #expect(FileManager.default.fileExists(atPath: generated.path))
  }
}
