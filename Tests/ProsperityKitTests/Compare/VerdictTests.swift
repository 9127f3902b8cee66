import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports
@testable import ProsperityStore
@testable import ProsperitySupport

/// The verdict rules: direction, the 0.5% tolerance, and the cases without two values.
@Suite struct VerdictTests {
  let missing = Observation.notReported(.verbatim("not reported"))
  let undefined = Observation.undefined(.verbatim("division by zero"))

  @Test func directionDecidesBetterAndWorse() {
    #expect(Verdict.judge(earlier: .value(10), later: .value(12), direction: .up) == .improved)
    #expect(Verdict.judge(earlier: .value(10), later: .value(12), direction: .down) == .worsened)
    #expect(Verdict.judge(earlier: .value(-5), later: .value(20), direction: .down) == .worsened)
    #expect(Verdict.judge(earlier: .value(40), later: .value(30), direction: .down) == .improved)
  }

  @Test func unchangedWithinHalfAPercentOfTheLargerValue() {
    // 200 → 201: |1| ≤ 0.005 × 201; 200 → 202: 2 > 1.01.
    #expect(Verdict.judge(earlier: .value(200), later: .value(201), direction: .up) == .unchanged)
    #expect(Verdict.judge(earlier: .value(200), later: .value(202), direction: .up) == .improved)
    #expect(Verdict.judge(earlier: .value(0), later: .value(0), direction: .up) == .unchanged)
    #expect(Verdict.judge(earlier: .value(0), later: .value(1), direction: .down) == .worsened)
    #expect(
      Verdict.judge(earlier: .value(-200), later: .value(-201), direction: .up) == .unchanged)
  }

  @Test func missingValues() {
    #expect(Verdict.judge(earlier: missing, later: .value(1), direction: .up) == .new)
    #expect(Verdict.judge(earlier: .value(1), later: missing, direction: .up) == .noLongerReported)
    #expect(Verdict.judge(earlier: undefined, later: .value(1), direction: .up) == .noValue)
    #expect(Verdict.judge(earlier: .value(1), later: undefined, direction: .up) == .noValue)
    #expect(Verdict.judge(earlier: missing, later: missing, direction: .up) == .noValue)
    #expect(Verdict.judge(earlier: missing, later: undefined, direction: .up) == .noValue)
  }

  @Test func everyVerdictHasBothLanguagesAndOnlyCatalogVerdictsAreCatalogChanges() {
    for verdict in Verdict.allCases {
      #expect(!verdict.label.hebrew.isEmpty && !verdict.label.english.isEmpty)
    }
    #expect(Verdict.allCases.filter(\.isCatalogChange) == [.added, .removed, .redefined])
  }
}

/// What happened to an activity, matched by id.
@Suite struct ActivityChangeTests {
  func activity(_ id: String, _ status: ActivityStatus?) -> Activity {
    Activity(
      id: id, title: id, category: "", lead: "", status: status, start: nil, end: nil,
      budgetPlanned: nil, budgetSpent: 10, participants: nil, notes: "",
      location: SourceLocation(file: "a.csv"), isRejected: status == nil)
  }

  @Test func statusMoves() {
    let cases: [(ActivityStatus?, ActivityStatus?, ActivityChange)] = [
      (.active, .completed, .completed), (.planned, .delayed, .newlyDelayed),
      (.delayed, .delayed, .continuing), (.active, .cancelled, .cancelled),
      (.planned, .active, .continuing), (.delayed, .active, .continuing),
      (nil, .active, .statusUnreadable), (.active, nil, .statusUnreadable),
    ]
    for (before, after, expected) in cases {
      #expect(
        ActivityChange.of(earlier: activity("A", before), later: activity("A", after)) == expected,
        "\(String(describing: before)) → \(String(describing: after))")
    }
    #expect(ActivityChange.of(earlier: nil, later: activity("A", .active)) == .new)
    #expect(ActivityChange.of(earlier: activity("A", .active), later: nil) == .gone)
  }

  @Test func matchListsTheLaterOrderThenThoseGone() throws {
    let matched = try ActivityMatches(
      engine: "e", earlier: ActivityList([activity("A", .active), activity("B", .active)]),
      later: ActivityList([activity("C", .planned), activity("A", .completed)])
    ).all()
    #expect(matched.map(\.id) == ["C", "A", "B"])
    #expect(matched.map(\.change) == [.new, .completed, .gone])
    #expect(matched[1].budgetSpentChange == 0)
    #expect(matched[0].budgetSpentChange == nil)
    #expect(matched[1].participantsChange == nil)  // not reported in either quarter
  }
}

/// Where comparisons and records go, and how input paths are kept.
@Suite struct ComparisonPathTests {
  let q1 = Quarter(year: 2026, number: 1)!
  let q2 = Quarter(year: 2026, number: 2)!

  @Test func defaultAndChosenNames() {
    let byDefault = ComparisonPaths(reports: "Reports", first: q2, second: q1, output: nil)
    #expect(byDefault.workbook == "Reports/compare/2026-Q2_vs_2026-Q1.xlsx")
    #expect(byDefault.text == "Reports/compare/2026-Q2_vs_2026-Q1.txt")
    for output in ["out/c", "out/c.xlsx", "out/c.TXT"] {
      let chosen = ComparisonPaths(reports: "Reports", first: q1, second: q2, output: output)
      #expect(chosen.workbook == "out/c.xlsx" && chosen.text == "out/c.txt", "\(output)")
    }
  }

  @Test func inputPathsAreKeptRelativeToTheInputsFolder() {
    #expect(InputsRelative.path("Inputs/2026-Q1/a.csv", inputs: "Inputs") == "2026-Q1/a.csv")
    #expect(InputsRelative.path("Inputs/engines.csv", inputs: "Inputs/") == "engines.csv")
    #expect(InputsRelative.path("/data/in/x.csv", inputs: "/data/in") == "x.csv")
    #expect(InputsRelative.full("2026-Q1/a.csv", inputs: "Inputs") == "Inputs/2026-Q1/a.csv")
  }
}
