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

/// A quarter whose activities are not all held in memory: the activities sheet reads them again
/// from the file, and must come out cell for cell as when every row is held.
@Suite("Activities read again from the file")
struct StreamedActivitiesTests {
  typealias Fixture = WorkbookLimitsTests

  static func activitySheets(_ limits: WorkbookLimits, holding: Int) throws -> [String] {
    let (report, root) = try Fixture.report(holding: holding)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let path = root + "/committee.xlsx"
    try CommitteeWorkbook.write(report, language: .english, to: path, limits: limits)
    let file = XlsxFile(path: path)
    return try file.sheetNames.filter { $0.hasPrefix("Activities") || $0 == "Tourism" }
      .map { try file.sheet(named: $0).xml }
  }

  @Test(
    "held or read again, the sheets are the same",
    arguments: [
      WorkbookLimits(rowsPerSheet: 60, activitiesPerEngineSheet: 5),
      WorkbookLimits(activitiesPerEngineSheet: 5, constantMemoryRows: 100),
    ])
  func sameSheets(limits: WorkbookLimits) throws {
    let held = try Self.activitySheets(limits, holding: .max)
    let streamed = try Self.activitySheets(limits, holding: 5)
    #expect(held.count >= 2)
    #expect(streamed == held)
  }

  @Test("only the held rows are in memory; counts cover every row")
  func counts() throws {
    let (report, root) = try Fixture.report(holding: 5, status: "delayed")
    defer { try? FileManager.default.removeItem(atPath: root) }
    let list = report.activities(of: "tourism")
    #expect(list.count == Fixture.activityCount)
    #expect(list.leading.count == 5)
    #expect(!list.isComplete)
    #expect(list.delayedCount == Fixture.activityCount)
    #expect(list.delayed.count == ActivityList.delayedHeld)
    var ids: [String] = []
    try list.visit { ids.append($0.id) }
    #expect(ids.count == Fixture.activityCount)
    #expect(ids.last == "A-130")
  }

  @Test("the summary names the first delayed activities and counts the rest")
  func summaryCapsDelayed() throws {
    let (report, root) = try Fixture.report(holding: 5, status: "delayed")
    defer { try? FileManager.default.removeItem(atPath: root) }
    let text = TextSummary.render(report, language: .english)
    #expect(text.contains("A-100"))
    #expect(!text.contains("A-101"))
    #expect(
      text.contains(
        "and \(Fixture.activityCount - 100) more delayed activities: see the workbook's "
          + "activities sheet"))
  }

  @Test("a file changed after it was counted stops the workbook, naming the file")
  func changedFile() throws {
    let (report, root) = try Fixture.report(holding: 5)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let activities = root + "/2026-Q2/tourism-activities.csv"
    let handle = try #require(FileHandle(forWritingAtPath: activities))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("A-999,עוד פעילות,active,1,1,1\n".utf8))
    try handle.close()
    let path = root + "/committee.xlsx"
    do {
      try CommitteeWorkbook.write(report, language: .english, to: path)
      Issue.record("the workbook was written from a changed file")
    } catch {
      #expect(error.path == activities)
      #expect(error.reason.contains("changed while the report was being written"))
    }
    #expect(!FileManager.default.fileExists(atPath: path))
  }
}

/// Comparisons read lists that are not held from their files, and match them as held lists match.
@Suite("Comparisons of activities read again")
struct StreamedComparisonTests {
  @Test func streamedListsMatchAsHeldOnes() throws {
    let root = try ActivityDigestCacheTests.inputs()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let q2 = root + "/2026-Q2/tourism-activities.csv"
    try "activity_id,title,status,budget_spent\nA-3,כנס,delayed,2500\nB-1,סיור,active,10\n".write(
      toFile: q2, atomically: true, encoding: .utf8)
    func matched(holding: Int) throws -> [ActivityComparison] {
      let (dataset, _) = try InputsLoader.load(from: root, holdingActivities: { _ in holding })
      let lists = [ActivityDigestCacheTests.q1, ActivityDigestCacheTests.q2].map {
        dataset.engineQuarter("tourism", $0)?.activities ?? ActivityList()
      }
      #expect(lists.allSatisfy { $0.isComplete } == (holding == .max))
      return try ActivityMatches(engine: "tourism", earlier: lists[0], later: lists[1]).all()
    }
    let held = try matched(holding: .max)
    let streamed = try matched(holding: 1)
    #expect(held.map(\.id) == ["A-3", "B-1", "A-1", "A-2"])
    #expect(held.map(\.change) == [.newlyDelayed, .new, .gone, .gone])
    #expect(streamed.map(\.id) == held.map(\.id))
    #expect(streamed.map(\.change) == held.map(\.change))
    #expect(streamed.map(\.title) == held.map(\.title))
    #expect(streamed.map(\.budgetSpentChange) == held.map(\.budgetSpentChange))
    #expect(held[0].budgetSpentChange == 501)
  }
}
