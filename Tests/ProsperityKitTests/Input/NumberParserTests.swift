import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports
@testable import ProsperityStore
@testable import ProsperitySupport

@Suite struct NumberParserTests {
  @Test(arguments: [
    ("1234", 1234.0), ("1,234", 1234), ("1234.5", 1234.5), ("-3", -3), ("85%", 0.85),
    ("₪1,250,000", 1_250_000), ("$3,400,000", 3_400_000), ("1,234 ₪", 1234), ("-₪5", -5),
    ("₪-5", -5), (" 42 ", 42), ("0.5", 0.5), (".5", 0.5), ("12,345,678.25", 12_345_678.25),
    ("\u{200F}1,234\u{200F}", 1234), ("100%", 1), ("+7", 7),
  ])
  func readsTheNumbersPeopleType(text: String, expected: Double) {
    #expect(NumberParser.parse(text) == .value(expected))
  }

  @Test(arguments: ["", "  ", "n/a", "N/A", " n/A "])
  func emptyAndNotApplicableAreNotReported(text: String) {
    #expect(NumberParser.parse(text) == .notReported)
  }

  @Test(arguments: [
    "abc", "3,5", "1,23", "12,3456", "1.2.3", "1e5", "₪$5", "5%₪", "--3", "1 234", "1,", ",123",
    "5.", "inf", "nan", "0x10", "₪", "%",
  ])
  func rejectsWhatIsNotANumber(text: String) {
    #expect(NumberParser.parse(text) == .invalid)
  }

  /// A number past Double's range would reach the reports as infinity.
  @Test(arguments: [
    String(repeating: "9", count: 309), String(repeating: "1", count: 400) + ".5",
    "1," + Array(repeating: "000", count: 110).joined(separator: ","),
  ])
  func rejectsNumbersTooLargeToHold(text: String) {
    #expect(NumberParser.parse(text) == .invalid)
    let record = CSVRecords("id,\"\(text)\"").first { _ in true }!
    let row = TableRecord(file: "f.csv", line: 1, record: record, columns: [:])
    #expect(row.number(at: 1) == .invalid, "read from the field's bytes")
  }
}

@Suite struct CalendarDateTests {
  @Test func readsIsoAndIsraeliDayFirst() {
    #expect(CalendarDate(parsing: "2026-07-05") == CalendarDate(year: 2026, month: 7, day: 5))
    #expect(CalendarDate(parsing: "05/07/2026") == CalendarDate(year: 2026, month: 7, day: 5))
    #expect(CalendarDate(parsing: "5/7/2026") == CalendarDate(year: 2026, month: 7, day: 5))
    #expect(CalendarDate(parsing: "29/02/2024")?.description == "2024-02-29")
  }

  @Test(arguments: ["2026-13-01", "31/04/2026", "29/02/2025", "2026/07/05", "07-05-2026", "", "x"])
  func rejectsImpossibleOrForeignDates(text: String) {
    #expect(CalendarDate(parsing: text) == nil)
  }

  @Test func knowsItsQuarter() {
    #expect(CalendarDate(year: 2026, month: 9, day: 30)?.quarter.description == "2026-Q3")
    #expect(CalendarDate(year: 2026, month: 10, day: 1)?.quarter.description == "2026-Q4")
  }
}

@Suite struct IdentifierAndStatusTests {
  @Test(arguments: ["tourism", "tourism.visitors", "a-b_c.9"])
  func acceptsLowerCaseIds(id: String) { #expect(Identifier.isValid(id)) }

  @Test(arguments: ["", "Tourism", "../etc", "a/b", ".hidden", "9lives", "תיירות", "a b", "-x"])
  func rejectsIdsThatCouldEscapeOrMislead(id: String) { #expect(!Identifier.isValid(id)) }

  @Test func readsStatusInBothLanguages() {
    #expect(ActivityStatus(parsing: "Delayed") == .delayed)
    #expect(ActivityStatus(parsing: " מתעכב ") == .delayed)
    #expect(ActivityStatus(parsing: "הושלם") == .completed)
    #expect(ActivityStatus(parsing: "done") == nil)
  }
}
