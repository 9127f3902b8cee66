import Foundation
import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports
@testable import ProsperityStore
@testable import ProsperitySupport

@Suite("Activity totals stay finite")
struct ActivityTotalsTests {
  /// An activity file of `rows` under the usual header, read as a quarter's activity file is.
  private static func read(_ rows: String) throws -> (ActivityFileReader.Result, DiagnosticLog) {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("activities-\(UUID().uuidString).csv").path
    defer { unlink(path) }
    let header = "activity_id,title,status,budget_planned,budget_spent,participants\n"
    try (header + rows).write(toFile: path, atomically: true, encoding: .utf8)
    let quarter = Quarter(year: 2026, number: 3)!
    var log = DiagnosticLog()
    var table = try #require(
      TableStream.open(
        path, required: QuarterFiles.activityColumns,
        optional: QuarterFiles.activityOptionalColumns, quarter: quarter, log: &log))
    let read = ActivityFileReader(quarter: quarter, holding: 0).read(&table, log: &log)
    return (read, log)
  }

  @Test("amounts each within range that add up past it leave the total without a value")
  func overflowingTotalsHaveNoValue() throws {
    let huge = "1" + String(repeating: "0", count: 308)
    let (read, log) = try Self.read(
      "A-1,סיור,active,\(huge),5,1\nA-2,כנס,active,\(huge),7,2\n")
    let planned = try #require(read.totals[ActivityMeasure.budgetPlanned.id])
    #expect(planned.value == nil)
    #expect(read.totals[ActivityMeasure.budgetSpent.id]?.value == 12)
    #expect(read.totals[ActivityMeasure.participants.id]?.value == 3)
    #expect(log.entries.allSatisfy { $0.severity != .error })
  }

  @Test("a total a row lacks a figure for names the first such row, once for each figure")
  func firstGapIsNamed() throws {
    let (read, _) = try Self.read(
      "A-1,סיור,active,10,5,1\nA-2,כנס,active,,7,\nA-3,יריד,active,,8,4\nA-4,סדנה,active,9,,5\n")
    func why(_ measure: ActivityMeasure) -> String? {
      guard case .unavailable(let reason) = read.totals[measure.id] else { return nil }
      return reason.english
    }
    #expect(
      why(.budgetPlanned)
        == "the activity A-2 (line 3) lacks this figure; the total is not reported")
    #expect(
      why(.participants) == "the activity A-2 (line 3) lacks this figure; the total is not reported"
    )
    #expect(
      why(.budgetSpent) == "the activity A-4 (line 5) lacks this figure; the total is not reported")
    #expect(read.totals[ActivityMeasure.count.id]?.value == 4)
  }
}
