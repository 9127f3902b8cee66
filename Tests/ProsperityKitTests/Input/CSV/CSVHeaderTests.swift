import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports
@testable import ProsperityStore
@testable import ProsperitySupport

@Suite struct CSVHeaderTests {
  typealias Support = CSVTestSupport

  @Test func normalizesNamesByTrimmingAndLowerCasing() {
    #expect(CSVHeader.normalize("  Amount\t") == "amount")
    #expect(CSVHeader.normalize("\u{FEFF}Name") == "name")
    #expect(CSVHeader.normalize("\u{00A0}סכום כולל ") == "סכום כולל")
    #expect(CSVHeader.normalize(" \t ") == "")
    #expect(CSVHeader.normalize("First Name") == "first name")
  }

  @Test func looksUpFieldsCaseInsensitivelyAndTrimmed() throws {
    let table = CSVTable(utf8: Array(" ID ,\u{FEFF}Name,\"סכום\t\"\n7,Dana,\"1,200\"\n".utf8))
    let header = try #require(table.header)
    let row = try #require(table.rows.first)
    #expect(header.names == ["id", "name", "סכום"])
    #expect(header.index(of: "NAME") == 1)
    #expect(header.value("id", in: row) == "7")
    #expect(header.value(" Name ", in: row) == "Dana")
    #expect(header.value("סכום", in: row) == "1,200")
    #expect(header.value("missing", in: row) == nil)
  }

  @Test func readsMissingTrailingFieldsAsEmpty() throws {
    let table = CSVTable(utf8: Array("a,b,c\n1\n".utf8))
    let header = try #require(table.header)
    let row = try #require(table.rows.first)
    #expect(header.value("a", in: row) == "1")
    #expect(header.value("c", in: row) == "")
  }

  @Test func reportsDuplicateNamesWithAllTheirColumns() throws {
    let header = try #require(CSVTable(utf8: Array("Name,x,NAME ,,y,name,".utf8)).header)
    let duplicates = header.duplicates
    #expect(duplicates.map(\.name) == ["name", ""])
    #expect(duplicates.map(\.indices) == [[0, 2, 5], [3, 6]])
    #expect(header.index(of: "name") == 0)
  }

  @Test func reportsNoDuplicatesForUniqueNames() throws {
    let header = try #require(CSVTable(utf8: Array("a,b,ג".utf8)).header)
    #expect(header.duplicates.isEmpty)
  }

  @Test func keepsTheHeaderRecordForMessages() throws {
    let header = try #require(CSVTable(utf8: Array("\n\nשם,סכום\n".utf8)).header)
    #expect(header.record.line == 3)
    #expect(header.record.rawText == "שם,סכום")
  }

  @Test func hasNoHeaderForEmptyInput() {
    let table = CSVTable(utf8: [])
    #expect(table.header == nil)
    #expect(table.rows.isEmpty)
    #expect(table.issues.isEmpty)
  }
}
