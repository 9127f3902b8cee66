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
}
