import Foundation
import Testing
import XlsxReading

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports
@testable import ProsperityStore
@testable import ProsperitySupport

/// A comparison of two large quarters streams its rows (constant-memory mode) and says the same.
@Suite("Comparison workbook in constant-memory mode")
struct ComparisonStreamingTests {
  /// The end-to-end tests' comparison fixture, read in place.
  static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../EndToEndTests/Fixtures/compare").standardizedFileURL.path

  @Test func streamedWorkbookHoldsTheSameCells() throws {
    let pipeline = try Pipeline.load(inputs: Self.fixture)
    let quarters = [Quarter(year: 2026, number: 1)!, Quarter(year: 2026, number: 2)!]
    let comparison = try ComparisonBuilder(dataset: pipeline.dataset)
      .compare(pipeline.report(for: quarters[0]), pipeline.report(for: quarters[1]))
    #expect(!comparison.activities.isEmpty)
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("comparison-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var sheets: [[String: Cell]] = []
    for (name, limits) in [
      ("held", WorkbookLimits.standard), ("streamed", WorkbookLimits(constantMemoryRows: 1)),
    ] {
      let path = "\(folder)/\(name).xlsx"
      try ComparisonWorkbook.write(comparison, language: .english, to: path, limits: limits)
      let file = XlsxFile(path: path)
      let activities = try file.sheet(named: "Activities")
      sheets.append(activities.cells)
      #expect(try file.memberNames.contains("xl/sharedStrings.xml") == (name == "held"))
    }
    #expect(sheets[0].count > 20)
    #expect(sheets[0].mapValues(\.value) == sheets[1].mapValues(\.value))
  }
}
