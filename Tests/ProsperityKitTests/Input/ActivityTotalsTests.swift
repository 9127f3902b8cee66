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
  @Test("amounts each within range that add up past it leave the total without a value")
  func overflowingTotalsHaveNoValue() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("totals-\(UUID().uuidString).csv").path
    defer { unlink(path) }
    let huge = "1" + String(repeating: "0", count: 308)
    let text =
      "activity_id,title,status,budget_planned,budget_spent,participants\n"
      + "A-1,סיור,active,\(huge),5,1\nA-2,כנס,active,\(huge),7,2\n"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let quarter = Quarter(year: 2026, number: 3)!
    var log = DiagnosticLog()
    var table = try #require(
      TableStream.open(
        path, required: QuarterFiles.activityColumns,
        optional: QuarterFiles.activityOptionalColumns, quarter: quarter, log: &log))
    let read = ActivityFileReader(quarter: quarter, holding: 0).read(&table, log: &log)
    let planned = try #require(read.totals[ActivityMeasure.budgetPlanned.id])
    #expect(planned.value == nil)
    #expect(read.totals[ActivityMeasure.budgetSpent.id]?.value == 12)
    #expect(read.totals[ActivityMeasure.participants.id]?.value == 3)
    #expect(log.entries.allSatisfy { $0.severity != .error })
  }
}
