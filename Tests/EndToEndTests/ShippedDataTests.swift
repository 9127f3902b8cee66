import Foundation
import Testing

/// The repository's own Inputs/: the default run must exit 0 and write every quarter's reports.
@Suite("Shipped data")
struct ShippedDataTests {
  static let quarters = (2024...2026).flatMap { year in
    (1...4).map { "\(year)-Q\($0)" }
  }.filter { $0 <= "2026-Q3" }

  @Test("prosperity on Inputs/ exits 0 and writes the three files of 2024-Q1 … 2026-Q3")
  func defaultRun() throws {
    let reports = FileManager.default.temporaryDirectory
      .appendingPathComponent("prosperity-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: reports) }
    let result = try ProsperityProcess.run(
      ["--inputs", Paths.shippedInputs.path, "--reports", reports.path], in: reports)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(!result.stderr.contains(": error: "), "\(result.stderr)")
    #expect(Self.quarters.count == 11)
    for quarter in Self.quarters {
      for name in [
        "committee-\(quarter).xlsx", "summary-\(quarter).txt", "indicators-\(quarter).csv",
      ] {
        let path = reports.appendingPathComponent(quarter).appendingPathComponent(name).path
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        #expect(size > 0, "\(quarter)/\(name)")
      }
      let csv = try String(
        contentsOf: reports.appendingPathComponent("\(quarter)/indicators-\(quarter).csv"),
        encoding: .utf8)
      #expect(csv.hasPrefix(IndicatorsTable.header + "\n"))
      #expect(!containsNonFiniteToken(csv), "\(quarter)")
    }
  }
}
