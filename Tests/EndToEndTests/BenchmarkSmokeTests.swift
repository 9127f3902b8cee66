import Foundation
import Testing

/// The benchmark must keep working: its runner, the synthetic generator and the libxlsxwriter floor
/// program run at a tiny scale. (It must work, not be fast: no timing is asserted.)
@Suite("Benchmark smoke run")
struct BenchmarkSmokeTests {
  @Test("Benchmarks/run.sh --smoke times the job and the floor, and checks the realistic inputs")
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
    // The generator wrote real inputs folders (the realistic mix by default) that the job accepted
    // and read as it reads the clean ones.
    for mix in ["realistic", "clean"] {
      let generated = data.appendingPathComponent("smoke-\(mix)/2025-Q1/tourism-activities.csv")
      #expect(FileManager.default.fileExists(atPath: generated.path))
    }
    let checks = text.split(separator: "\n").filter { $0.hasPrefix("check: ") }
    #expect(checks.contains("check: the realistic inputs are valid"), "\(text)")
    #expect(
      checks.contains { $0.hasPrefix("check: the realistic inputs are read from their bytes (") }
        && checks.contains { $0.contains("byte-path fallbacks: 0 in ") }, "\(text)")
    for quarter in ["2024-Q1", "2024-Q2"] {
      #expect(
        checks.contains(
          "check: \(quarter): prosperity reads the realistic files as the clean ones (70 totals)"),
        "\(text)")
      // The pandas script is checked where pandas is installed (`make bench` needs it anyway).
      #expect(
        checks.contains(
          "check: \(quarter): the pandas script reads the realistic files as prosperity does")
          || checks.contains(
            "check: \(quarter): pandas totals skipped (pip install pandas xlsxwriter)"),
        "\(text)")
    }
  }
}
