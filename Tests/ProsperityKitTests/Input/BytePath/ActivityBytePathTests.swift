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

/// Whole activity files, generated to be hostile, read by the reader (values from bytes, texts
/// only for rows it keeps) and by the `String` rules (``StringLevelRules/ActivityRows``): the
/// same activities, the same diagnostics in the same order, and the same totals whether the rows
/// are held or only counted.
@Suite("Activity files read from bytes agree with the String rules")
struct ActivityBytePathTests {
  static let quarter = Quarter(year: 2026, number: 3)!
  static let columns = [
    "activity_id", "title", "category", "lead", "status", "start", "end", "budget_planned",
    "budget_spent", "participants", "notes", "submitted",
  ]

  /// A value for `column`: mostly what the column expects, sometimes anything at all.
  static func value(_ column: String, _ random: inout SeededGenerator) -> String {
    if Int.random(in: 0..<4, using: &random) == 0 { return HostileFields.text(&random) }
    switch column {
    case "activity_id":
      let lookAlikes = [
        " A-1", "A-1\u{00A0}", "\"A-1\"", "K", "\u{212A}", "é", "e\u{0301}", "", "A-1\u{200F}",
        "\u{FEFF}A-2", "A\u{200B}-3", "\u{202B}A-4\u{202C} ", "\u{2066}",
      ]
      return Bool.random(using: &random)
        ? "A-\(Int.random(in: 0..<120, using: &random))"
        : lookAlikes.randomElement(using: &random)!
    case "status":
      return [
        "active", "פעיל", "delayed", "מתעכב", "Completed", " בוטל", "planned ", "later", "Active",
        "CANCELLED", "Planned",
      ]
      .randomElement(using: &random)!
    case "start", "end", "submitted":
      return ["2026-07-05", "01/08/2026", "5/9/2026", "2026-02-30", "", " 2026-07-06"]
        .randomElement(using: &random)!
    case "budget_planned", "budget_spent", "participants":
      return [
        "1200", "1,200", "0.5", "12.25", "", "n/a", "₪300", "3,5", "-4", "85%", "1e3", "$40",
        "₪ 1,200", "0.5%", "₪57,300", "₪ 57,300.00", "$1,250,000", "57,300", "72.5%", "-₪300",
        "300 ₪", "N/A",
      ]
      .randomElement(using: &random)!
    default:
      return HostileFields.text(&random)
    }
  }

  /// A file with the columns in a random order, and rows short, long, blank and ordinary.
  static func file(seed: UInt64) -> String {
    var random = SeededGenerator(seed: seed)
    let header = columns.shuffled(using: &random)
    var lines = [header.joined(separator: ",")]
    for _ in 0..<250 {
      switch Int.random(in: 0..<30, using: &random) {
      case 0: lines.append(String(repeating: ",", count: header.count - 1))
      case 1: lines.append(" ,\u{00A0}, ")
      case 2: lines.append(HostileFields.line(fields: header.count + 1, &random))
      default:
        let count = Int.random(in: 0..<10, using: &random) == 0 ? 5 : header.count
        lines.append(
          header.prefix(count).map { HostileFields.csv(value($0, &random), &random) }
            .joined(separator: ","))
      }
    }
    return lines.joined(separator: Bool.random(using: &random) ? "\n" : "\r\n") + "\n"
  }

  /// The String rules' reading: activities and diagnostics, a row at a time as the reader goes.
  static func reference(_ path: String) -> (activities: [Activity], log: DiagnosticLog) {
    var log = DiagnosticLog()
    guard
      var table = TableStream.open(
        path, required: QuarterFiles.activityColumns,
        optional: QuarterFiles.activityOptionalColumns, quarter: quarter, log: &log)
    else { return ([], log) }
    var rows = StringLevelRules.ActivityRows(quarter: quarter)
    var submitted = SubmissionDate.Latest(quarter: quarter)
    var activities: [Activity] = []
    while let record = table.next(log: &log) {
      submitted.add(record, log: &log)
      if let activity = rows.parse(record, log: &log) { activities.append(activity) }
    }
    return (activities, log)
  }

  @Test("generated files", arguments: 0..<12)
  func generatedFiles(seed: UInt64) throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("activities-\(UUID().uuidString).csv").path
    try Self.file(seed: seed).write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let expected = Self.reference(path)
    #expect(expected.activities.count > 50, "the generated file has activities to compare")
    #expect(expected.log.entries.count > 20, "and problems to report")

    func load(holding: Int) -> InputsLoader.ActivityLoad {
      InputsLoader.loadActivities(
        path, engine: "tourism", quarter: Self.quarter, holding: holding, cache: nil)
    }
    let held = load(holding: .max)
    #expect(held.diagnostics == expected.log.entries)
    #expect(held.activities.leading.map(exactly) == expected.activities.map(exactly))
    // The hostile fields are what the bytes cannot settle, and each is counted.
    #expect(held.fallbacks.rows >= expected.activities.count)
    #expect(held.fallbacks.total > 0)

    let counted = load(holding: 0)
    #expect(counted.diagnostics == expected.log.entries)
    #expect(counted.activities.count == expected.activities.count)
    #expect(counted.activities.statusCounts == held.activities.statusCounts)
    #expect(counted.totals == held.totals)
    #expect(counted.submitted == held.submitted)

    // Read again from the file for a listing, past the few rows held.
    var listed: [Activity] = []
    try load(holding: 3).activities.visit { listed.append($0) }
    #expect(listed.map(exactly) == expected.activities.map(exactly))
  }
}
