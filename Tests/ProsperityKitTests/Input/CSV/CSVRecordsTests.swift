import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports
@testable import ProsperityStore
@testable import ProsperitySupport

@Suite struct CSVRecordsTests {
  typealias Support = CSVTestSupport

  @Test func readsSimpleRecords() {
    #expect(Support.fields("a,b,c\n1,2,3\n") == [["a", "b", "c"], ["1", "2", "3"]])
  }

  @Test func endsRecordsAtCRLF() {
    #expect(Support.fields("a,b\r\n1,2\r\n") == [["a", "b"], ["1", "2"]])
  }

  @Test func endsRecordsAtALoneCR() {
    let records = Support.records("a,b\r1,2\r3,4")
    #expect(records.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"]])
    #expect(records.map(\.line) == [1, 2, 3])
  }

  @Test func keepsAFinalRecordWithoutLineBreak() {
    #expect(Support.fields("a\n1,2") == [["a"], ["1", "2"]])
    #expect(Support.fields("only") == [["only"]])
  }

  @Test func skipsEmptyLinesButKeepsTheirLineNumbers() {
    let records = Support.records("\na\n\n\r\n\r1\n\n")
    #expect(records.map(\.fields) == [["a"], ["1"]])
    #expect(records.map(\.line) == [2, 6])
  }

  @Test func readsALineOfCommasAsEmptyFields() {
    #expect(Support.fields("a,b,c\n,,\n") == [["a", "b", "c"], ["", "", ""]])
    #expect(Support.fields(",") == [["", ""]])
    #expect(Support.fields("\"\"") == [[""]])
  }

  @Test func readsNoRecordsFromEmptyInput() {
    #expect(Support.records([]).isEmpty)
    #expect(Support.records("\n\r\n\r").isEmpty)
    #expect(Support.records([0xEF, 0xBB, 0xBF]).isEmpty)
  }

  @Test func skipsALeadingBOMLeftInTheBytes() {
    let records = Support.records([0xEF, 0xBB, 0xBF] + Array("name,x\n".utf8))
    #expect(records.map(\.fields) == [["name", "x"]])
    #expect(records.first?.fieldPositions.first?.column == 1)
  }

  @Test func keepsQuotesInsideUnquotedFields() {
    #expect(Support.fields("סה\"כ,37.8\"N,a\"\"b\n") == [["סה\"כ", "37.8\"N", "a\"\"b"]])
  }

  @Test func readsQuotedHebrewWithCommasAndLineBreaks() {
    let text = "שם,הערה\n\"כהן, דנה\",\"שורה א\nשורה ב\r\nשורה ג\"\n"
    #expect(Support.fields(text) == [["שם", "הערה"], ["כהן, דנה", "שורה א\nשורה ב\r\nשורה ג"]])
  }

  @Test func undoesDoubledQuotesOnlyInsideQuotes() {
    #expect(Support.fields("\"סה\"\"כ\",\"\"\"\"\n") == [["סה\"כ", "\""]])
    #expect(Support.fields("\"a\"\"\"") == [["a\""]])
  }

  @Test func keepsALoneCRInsideQuotes() {
    #expect(Support.fields("\"a\rb\",c\rd") == [["a\rb", "c"], ["d"]])
  }

  @Test func keepsTheRawTextOfEachRecord() {
    let text = "a,b\r\n\"x\ny\",\"q\"\"\"\rלא תקין,\"z\"w\n"
    let records = Support.records(text)
    #expect(records.map(\.rawText) == ["a,b", "\"x\ny\",\"q\"\"\"", "לא תקין,\"z\"w"])
    #expect(records.map(\.byteOffset) == [0, 5, 17])
  }

  @Test func readsMissingTrailingFieldsAsEmpty() throws {
    let record = try #require(Support.records("a").first)
    #expect(record.field(at: 0) == "a")
    #expect(record.field(at: 3) == "")
  }

  @Test func streamsRecordsOneByOne() {
    var iterator = CSVRecords("a\nb\nc").makeIterator()
    #expect(iterator.next()?.fields == ["a"])
    #expect(iterator.next()?.fields == ["b"])
    #expect(iterator.next()?.fields == ["c"])
    #expect(iterator.next() == nil)
    #expect(iterator.next() == nil)
  }

  @Test func readsLongFieldsAndManyRecords() {
    // Long enough that fields are heap strings and scanner buffers are reused many times.
    let long = String(repeating: "ירושלים", count: 50)
    let text = (0..<500).map { "\($0),\"\(long)\"\"\",\(long)\n" }.joined()
    let records = Support.records(text)
    #expect(records.count == 500)
    #expect(records.allSatisfy { $0.fields[1] == long + "\"" && $0.fields[2] == long })
    #expect(records.last?.line == 500)
  }
}

/// Shortcuts shared by the CSV tests.
enum CSVTestSupport {
  /// All records of `text`.
  static func records(_ text: String) -> [CSVRecord] {
    Array(CSVRecords(text))
  }

  /// All records of `bytes`.
  static func records(_ bytes: [UInt8]) -> [CSVRecord] {
    Array(CSVRecords(utf8: bytes))
  }

  /// The fields of every record of `text`.
  static func fields(_ text: String) -> [[String]] {
    records(text).map(\.fields)
  }

  /// The decoded text, or `nil` with the failure recorded by the caller's expectations.
  static func decoded(_ bytes: [UInt8]) -> TextDecoding.Decoded? {
    try? TextDecoding.decode(bytes).get()
  }

  /// The failure, or `nil` when decoding succeeded.
  static func failure(_ bytes: [UInt8]) -> TextDecoding.Failure? {
    if case .failure(let failure) = TextDecoding.decode(bytes) { return failure }
    return nil
  }
}
