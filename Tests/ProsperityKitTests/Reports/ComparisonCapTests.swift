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

/// Two quarters of one engine with more than 100 activities of one change: the text lists the
/// first 100 of each change and counts the rest; the workbook lists them all.
@Suite("Comparison text: at most 100 activities of each change")
struct ComparisonCapTests {
  typealias Inputs = ActivityDigestCacheTests

  /// Q1: A-1…A-260, active. Q2: A-1…A-150 completed, A-151…A-250 cancelled (exactly 100),
  /// A-251…A-260 gone, N-1…N-3 new. Held only in part, so every list is read again.
  static func comparison() throws -> (QuarterComparison, String) {
    let root = try Inputs.inputs()
    let header = "activity_id,title,status,budget_spent\n"
    let earlier = (1...260).map { "A-\($0),כותרת \($0),active,\($0)\n" }.joined()
    let later =
      (1...150).map { "A-\($0),later \($0),completed,\($0 + 1)\n" }.joined()
      + (151...250).map { "A-\($0),later \($0),cancelled,\($0)\n" }.joined()
      + (1...3).map { "N-\($0),new \($0),planned,1\n" }.joined()
    try (header + earlier).write(
      toFile: root + "/2026-Q1/tourism-activities.csv", atomically: true, encoding: .utf8)
    try (header + later).write(
      toFile: root + "/2026-Q2/tourism-activities.csv", atomically: true, encoding: .utf8)
    let pipeline = try Pipeline.load(inputs: root, holdingActivities: { _ in 5 })
    let comparison = try ComparisonBuilder(dataset: pipeline.dataset)
      .compare(pipeline.report(for: Inputs.q1), pipeline.report(for: Inputs.q2))
    return (comparison, root)
  }

  /// The text's activity rows (indented by four spaces) and "more" lines, in order.
  static func activityLines(_ text: String) -> [String] {
    text.split(separator: "\n").map(String.init).filter { $0.hasPrefix("    ") }
  }

  @Test(
    "100 listed, then how many more, in English and Hebrew; a change of exactly 100 has no more")
  func capAndMore() throws {
    let (comparison, root) = try Self.comparison()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let tally = comparison.activityTally(of: "tourism")
    #expect(tally.count(.completed) == 150 && tally.count(.cancelled) == 100)
    #expect(tally.count(.gone) == 10 && tally.count(.new) == 3)

    let english = Self.activityLines(ComparisonText.render(comparison, language: .english))
    let completed = english.filter { $0.hasPrefix("    completed ") }
    #expect(completed.count == 100)
    #expect(completed.first?.contains("A-1 ") == true)
    #expect(completed.last?.contains("A-100 ") == true)
    let more = "    and 50 more completed activities: see the workbook's activities sheet"
    #expect(english.firstIndex(of: more) == english.firstIndex(of: completed.last!)! + 1)
    #expect(english.filter { $0.hasPrefix("    cancelled ") }.count == 100)
    #expect(english.filter { $0.contains(" more ") } == [more])
    let gone = english.filter { $0.hasPrefix("    gone from the list ") }
    #expect(gone.count == 10)
    #expect(gone.first?.contains("כותרת 251") == true)
    #expect(english.filter { $0.hasPrefix("    new ") }.count == 3)

    let hebrew = Self.activityLines(ComparisonText.render(comparison, language: .hebrew))
    #expect(hebrew.filter { $0.hasPrefix("    הושלמה ") }.count == 100)
    #expect(
      hebrew.filter { $0.contains("ועוד") } == [
        "    ועוד 50 פעילויות שהושלמו: ראו את גיליון הפעילויות בחוברת"
      ])
  }

  @Test("the workbook lists every activity, those gone with their earlier titles")
  func workbookListsAll() throws {
    let (comparison, root) = try Self.comparison()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let path = root + "/comparison.xlsx"
    try ComparisonWorkbook.write(comparison, language: .english, to: path)
    let sheet = try XlsxFile(path: path).sheet(named: "Activities")
    let top = WorkbookPlan.tableTop
    #expect(sheet.lastRow == top + 263)
    #expect(sheet.text(at: "B\(top + 1)") == "A-1")
    #expect(sheet.text(at: "C\(top + 1)") == "later 1")
    #expect(sheet.text(at: "B\(top + 254)") == "A-251")
    #expect(sheet.text(at: "C\(top + 254)") == "כותרת 251")
    #expect(sheet.text(at: "D\(top + 254)") == "gone from the list")
    #expect(sheet.text(at: "B\(top + 263)") == "A-260")
  }
}
