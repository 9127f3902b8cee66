import Foundation
import Testing

@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityStore

/// Budget flags: overspent and ahead-of-time activities, checked row by row as the file streams,
/// counted for every row and listed for the first ``BudgetFlags/held``.
@Suite struct BudgetFlagTests {
  static let q3 = Quarter(year: 2026, number: 3)!

  private func date(_ text: String) -> CalendarDate { CalendarDate(parsing: text)! }

  @Test func spendingMoreThanPlannedIsOverspent() throws {
    // MED-006 in the shipped 2026-Q3: ₪832,000 of ₪780,000 = 106.7% > 100%.
    let check = try #require(
      BudgetFlags().check(
        planned: 780_000, spent: 832_000, start: date("2025-04-01"), end: nil, status: .active,
        quarter: Self.q3))
    #expect(check.reasons == [.overspent])
    #expect(check.spentShare == 832_000.0 / 780_000)
    #expect(check.elapsedShare == nil)
  }

  @Test func spendingFarAheadOfTheTimeGoneIsFlagged() throws {
    // AGR-004: 2024-07-01 to 2027-06-30 (1,094 days); by 2026-09-30 821 days have gone:
    // 821 / 1,094 = 0.7505. Spent 2,027,000 / 2,160,000 = 0.9384: 18.8 points ahead > 15.
    let check = try #require(
      BudgetFlags().check(
        planned: 2_160_000, spent: 2_027_000, start: date("2024-07-01"),
        end: date("2027-06-30"), status: .delayed, quarter: Self.q3))
    #expect(check.reasons == [.aheadOfTime])
    #expect(check.elapsedShare == 821.0 / 1094)
    // With a margin of 0.25 (25 points) the same activity is not flagged.
    var thresholds = BudgetThresholds()
    thresholds.aheadOfTimeMargin = 0.25
    #expect(
      BudgetFlags(thresholds: thresholds).check(
        planned: 2_160_000, spent: 2_027_000, start: date("2024-07-01"),
        end: date("2027-06-30"), status: .delayed, quarter: Self.q3) == nil)
  }

  @Test func whatIsNotFlagged() {
    let flags = BudgetFlags()
    // RAH-003: 75.0% of the time gone, 77.9% spent: 2.9 points ahead.
    #expect(
      flags.check(
        planned: 5_040_000, spent: 3_928_000, start: date("2024-07-01"), end: date("2027-06-30"),
        status: .delayed, quarter: Self.q3) == nil)
    // Finished early: a completed activity has spent its budget; so has a cancelled one.
    for status in [ActivityStatus.completed, .cancelled] {
      #expect(
        flags.check(
          planned: 100, spent: 95, start: date("2026-01-01"), end: date("2027-12-31"),
          status: status, quarter: Self.q3) == nil)
    }
    // No end date: no elapsed share, and exactly the plan is not over it.
    #expect(
      flags.check(
        planned: 100, spent: 100, start: date("2026-09-01"), end: nil, status: .active,
        quarter: Self.q3) == nil)
    // An amount that could not be read flags nothing.
    #expect(
      flags.check(
        planned: nil, spent: 100, start: nil, end: nil, status: .active, quarter: Self.q3) == nil)
  }

  @Test func anActivityNotYetStartedThatSpentIsAheadOfItsTime() throws {
    // Starts after the quarter: 0% of its time gone, 20% spent → 20 points ahead.
    let check = try #require(
      BudgetFlags().check(
        planned: 100, spent: 20, start: date("2026-11-01"), end: date("2027-10-31"),
        status: .planned, quarter: Self.q3))
    #expect(check.reasons == [.aheadOfTime])
    #expect(check.elapsedShare == 0)
  }

  @Test func spendingWithNothingPlannedIsOverspentWithoutAShare() throws {
    let check = try #require(
      BudgetFlags().check(
        planned: 0, spent: 5, start: nil, end: nil, status: .active, quarter: Self.q3))
    #expect(check.reasons == [.overspent])
    #expect(check.spentShare == nil)
  }

  @Test func dayNumbersCountTheDaysBetween() {
    #expect(date("1970-01-01").dayNumber == 0)
    #expect(date("2026-09-30").dayNumber - date("2024-07-01").dayNumber == 821)
    #expect(date("2024-03-01").dayNumber - date("2024-02-28").dayNumber == 2)  // a leap year
    #expect(date("1900-03-01").dayNumber - date("1900-02-28").dayNumber == 1)  // not one
  }

  /// An activity file of `count` rows, every third one overspent and every third (from the
  /// second) ahead of its time; the rest within plan.
  static func file(rows count: Int) -> String {
    var text = "activity_id,title,lead,status,start,end,budget_planned,budget_spent\n"
    for index in 1...count {
      switch index % 3 {
      case 1: text += "A-\(index),חריגה,מוביל,active,2025-01-01,,100,150\n"
      case 2: text += "A-\(index),מקדים,מוביל,active,2026-01-01,2027-12-31,100,90\n"
      default: text += "A-\(index),תקין,מוביל,active,2025-01-01,2026-12-31,100,50\n"
      }
    }
    return text
  }

  @Test("every row is counted while only the first 100 flagged are held, whatever is held")
  func streamedFilesAreCountedWhole() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("flags-\(UUID().uuidString).csv").path
    defer { unlink(path) }
    try Self.file(rows: 600).write(toFile: path, atomically: true, encoding: .utf8)
    var log = DiagnosticLog()
    var table = try #require(
      TableStream.open(
        path, required: QuarterFiles.activityColumns,
        optional: QuarterFiles.activityOptionalColumns, quarter: Self.q3, log: &log))
    let read = ActivityFileReader(quarter: Self.q3, holding: 0).read(&table, log: &log)
    let flags = read.budgetFlags
    #expect(read.activities.leading.isEmpty, "no row held")
    #expect(flags.count == 400)
    #expect(flags.overspentCount == 200)
    #expect(flags.aheadOfTimeCount == 200)
    #expect(flags.listed.count == BudgetFlags.held)
    #expect(flags.unlisted == 300)
    #expect(flags.listed.first?.activityID == "A-1")
    #expect(flags.listed.first?.location.line == 2)
    #expect(flags.listed[1].activityID == "A-2")
    #expect(flags.listed[1].reasons == [.aheadOfTime])
    // 2026-01-01 to 2027-12-31 is 729 days; by 2026-09-30, 272 have gone.
    #expect(flags.listed[1].elapsedShare == 272.0 / 729)
  }

  @Test("a digest keeps the flags, and is not used under other thresholds")
  func digestsKeepTheFlags() throws {
    let root = try InputsFolder.write(
      ["2026-Q3/media-activities.csv": Self.file(rows: 30)], prefix: "flag-digest")
    defer { try? FileManager.default.removeItem(atPath: root) }
    let path = root + "/2026-Q3/media-activities.csv"
    let cache = ActivityDigestCache(folder: root + "/cache", settleSeconds: -1, smallestFile: 0)
    let read = InputsLoader.loadActivities(
      path, engine: "media", quarter: Self.q3, holding: 5, cache: cache)
    #expect(read.budgetFlags.count == 20)
    // Marks the recorded flags, so that a load which takes them from the digest shows it.
    let entries = try FileManager.default.contentsOfDirectory(atPath: cache.folder)
    let entry = cache.folder + "/" + (try #require(entries.first))
    let json = try String(contentsOfFile: entry, encoding: .utf8)
    #expect(json.contains("\"activityID\":\"A-1\""))
    try json.replacingOccurrences(of: "\"activityID\":\"A-1\"", with: "\"activityID\":\"DIGEST\"")
      .write(toFile: entry, atomically: true, encoding: .utf8)
    let cached = InputsLoader.loadActivities(
      path, engine: "media", quarter: Self.q3, holding: 5, cache: cache)
    #expect(cached.budgetFlags.listed.first?.activityID == "DIGEST")
    #expect(cached.budgetFlags.count == read.budgetFlags.count)
    #expect(
      Array(cached.budgetFlags.listed.dropFirst()) == Array(read.budgetFlags.listed.dropFirst()))
    var strict = BudgetThresholds()
    strict.overspendRatio = 2
    let reread = InputsLoader.loadActivities(
      path, engine: "media", quarter: Self.q3, holding: 5, budget: strict, cache: cache)
    #expect(reread.budgetFlags.thresholds == strict)
    #expect(reread.budgetFlags.listed.first?.activityID == "A-2", "read again, not the digest")
    #expect(reread.budgetFlags.count == 10, "150 of 100 is within 2 × the plan: ahead only")
  }

  @Test func settingsAreReadAndABadOneKeepsTheDefault() throws {
    let base = [
      "engines.csv": "engine,name_he,name_en\ne,מנוע,Engine\n",
      "measures.csv": "measure,engine,name_he,name_en,unit,kind\n",
      // A catalog without an indicator is no catalog (exit 66).
      "indicators.csv": "indicator,engine,name_he,name_en,unit,formula,direction,headline\n"
        + "e.count,e,פעילויות,Activities,count,activities.count,up,no\n",
    ]
    let good = try InputsFolder.write(
      base.merging(
        [
          "settings.csv":
            "setting,value\nbudget.overspend_ratio,1.1\nbudget.ahead_of_time_margin,25%\n"
        ], uniquingKeysWith: { $1 }), prefix: "budget-settings")
    defer { try? FileManager.default.removeItem(atPath: good) }
    let (catalog, _, log) = try CatalogLoader.load(from: good)
    #expect(log.errorCount == 0)
    #expect(catalog.quality.settings.budget.overspendRatio == 1.1)
    #expect(catalog.quality.settings.budget.aheadOfTimeMargin == 0.25)
    let bad = try InputsFolder.write(
      base.merging(
        [
          "settings.csv": "setting,value\nbudget.overspend_ratio,0\nbudget.ahead_of_time_margin,1\n"
        ],
        uniquingKeysWith: { $1 }), prefix: "budget-settings")
    defer { try? FileManager.default.removeItem(atPath: bad) }
    let (defaults, _, badLog) = try CatalogLoader.load(from: bad)
    #expect(defaults.quality.settings.budget == BudgetThresholds())
    #expect(badLog.errorCount == 2)
    let firstError = badLog.entries.first { $0.severity == .error }
    #expect(firstError?.location?.description.hasSuffix("settings.csv:2:24") == true)
  }
}
