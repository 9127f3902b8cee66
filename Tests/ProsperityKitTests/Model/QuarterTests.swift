import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports
@testable import ProsperityStore
@testable import ProsperitySupport

@Suite struct QuarterTests {
  @Test(arguments: ["2026-Q3", "2026Q3", "Q3-2026", "Q3 2026", " q3-2026 ", "2026 q3"])
  func acceptsEveryDocumentedSpelling(text: String) {
    #expect(Quarter(parsing: text) == Quarter(year: 2026, number: 3))
  }

  @Test(arguments: ["2026-Q5", "2026-Q0", "26-Q3", "2026", "Q3", "2026-3", "", "2026-Q3-1"])
  func rejectsMalformedQuarters(text: String) {
    #expect(Quarter(parsing: text) == nil)
  }

  @Test func navigatesAcrossYearBoundaries() {
    let q1 = Quarter(year: 2026, number: 1)!
    #expect(q1.previous.description == "2025-Q4")
    #expect(q1.previous.next == q1)
    #expect(q1.yearAgo.description == "2025-Q1")
    #expect(
      Quarter(year: 2026, number: 3)!.yearToDate.map(\.description) == [
        "2026-Q1", "2026-Q2", "2026-Q3",
      ])
  }

  @Test func stepsPastTheEndsOfTheReportableRange() {
    let last = Quarter(parsing: "9999-Q4")!
    #expect(last.next.description == "10000-Q1")
    #expect(!last.isReportable && !last.next.isReportable)
    let first = Quarter(parsing: "1000-Q1")!
    #expect(first.previous.description == "999-Q4")
    #expect(first.yearAgo.yearAgo.description == "998-Q1")
    #expect(Quarter(parsing: "1970-Q1")!.isReportable && Quarter(parsing: "9999-Q3")!.isReportable)
    #expect(!Quarter(parsing: "1969-Q4")!.isReportable)
    #expect(Quarter(parsing: "0999-Q1") == nil)
  }
}
