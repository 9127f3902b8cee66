import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports
@testable import ProsperityStore
@testable import ProsperitySupport

/// Lines, columns and issues: what `file:line:column:` messages are built from.
@Suite struct CSVPositionTests {
  typealias Support = CSVTestSupport

  @Test func numbersRecordsByPhysicalLineAfterMultiLineFields() {
    // The second record's quoted field spans three lines (LF, CRLF, lone CR inside quotes).
    let text = "h1,h2\n1,\"a\nb\r\nc\"\n2,\"x\ry\"\n3,z"
    let records = Support.records(text)
    #expect(records.map(\.fields.first) == ["h1", "1", "2", "3"])
    #expect(records.map(\.line) == [1, 2, 5, 7])
  }

  @Test func countsColumnsInCharactersOnHebrewLines() throws {
    let records = Support.records("שם,סכום\nדנה כהן,\"1,200\",₪\n")
    let row = try #require(records.last)
    #expect(
      row.fieldPositions == [
        TextPosition(line: 2, column: 1, byteOffset: 14),
        TextPosition(line: 2, column: 9, byteOffset: 28),
        TextPosition(line: 2, column: 17, byteOffset: 36),
      ])
    #expect(records.first?.position(ofField: 1)?.column == 4)
    #expect(row.position(ofField: 3) == nil)
  }

  @Test func placesFieldsAfterALineBreakInsideQuotesOnTheirOwnLine() throws {
    let record = try #require(Support.records("h\n\"שורה\nשנייה\",אחרי,x").last)
    #expect(record.line == 2)
    #expect(record.fieldPositions.map(\.line) == [2, 3, 3])
    #expect(record.fieldPositions.map(\.column) == [1, 8, 13])
  }

  @Test func reportsAnUnterminatedQuoteAtItsOpeningQuote() throws {
    let records = Support.records("a,b\n1,\"פתוח, ולא\nנסגר")
    let record = try #require(records.last)
    #expect(record.fields == ["1", "פתוח, ולא\nנסגר"])
    #expect(record.rawText == "1,\"פתוח, ולא\nנסגר")
    let issue = try #require(record.issues.first)
    #expect(record.issues.count == 1)
    #expect(issue.kind == .unterminatedQuote)
    #expect(issue.severity == .error)
    #expect(issue.fieldIndex == 1)
    #expect(issue.position == TextPosition(line: 2, column: 3, byteOffset: 6))
    #expect(issue.description.hasPrefix("2:3: error: "))
  }

  @Test func unescapesAnUnterminatedField() {
    let records = Support.records("\"a\"\"b")
    #expect(records.map(\.fields) == [["a\"b"]])
    #expect(records.first?.issues.map(\.kind) == [.unterminatedQuote])
  }

  @Test func keepsTextAfterAClosingQuoteWithTheQuote() throws {
    let records = Support.records("h\n\"abc\"def,\"סה\"כ\",\"x\"\"y\"z\"w\n")
    let record = try #require(records.last)
    #expect(record.fields == ["abc\"def", "סה\"כ\"", "x\"y\"z\"w"])
    #expect(record.issues.map(\.kind) == Array(repeating: .textAfterClosingQuote, count: 3))
    #expect(record.issues.map(\.severity) == [.warning, .warning, .warning])
    #expect(record.issues.map(\.fieldIndex) == [0, 1, 2])
    // Each points at the first character after the closing quote.
    #expect(record.issues.map(\.position.line) == [2, 2, 2])
    #expect(record.issues.map(\.position.column) == [6, 14, 23])
  }

  @Test func recordsNoIssuesForWellFormedText() {
    let table = CSVTable(utf8: Array("a,\"b\"\n\"1\",\"2\"\"\"\r\n".utf8))
    #expect(table.issues.isEmpty)
    #expect(table.rows.count == 1)
  }

  @Test func collectsIssuesFromTheWholeTable() {
    let table = CSVTable(utf8: Array("\"a\"x,b\n1,\"2".utf8))
    #expect(table.issues.map(\.kind) == [.textAfterClosingQuote, .unterminatedQuote])
    #expect(table.issues.map(\.position.description) == ["1:4", "2:3"])
  }
}
