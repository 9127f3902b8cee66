import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports
@testable import ProsperityStore
@testable import ProsperitySupport

/// A field read from its bytes gives what its trimmed text gives under the `String` rules, or
/// leaves the question to them: never a different answer.
@Suite("Fields read from bytes agree with the String rules")
struct FieldBytesTests {
  /// How often each shortcut answered, so a test whose shortcuts never fire cannot pass.
  struct Answered {
    var bytes = 0
    var numbers = 0
    var dates = 0
    var statuses = 0
    var empty = 0
  }

  static func bits(_ number: ParsedNumber) -> String {
    switch number {
    case .value(let value): "value \(String(value.bitPattern, radix: 16))"
    case .notReported: "not reported"
    case .invalid: "invalid"
    }
  }

  /// Checks every shortcut on every field of `record` (and one past its end, and no column).
  static func check(_ record: CSVRecord, from line: String, counting answered: inout Answered) {
    let row = TableRecord(file: "f.csv", line: record.line, record: record, columns: [:])
    #expect(row.isBlank == StringLevelRules.isBlank(record), "blank: \(line.debugDescription)")
    for limit in [0, 1, 2, 3, 4, 5, 8, 13, 21] {
      #expect(
        record.firstField(longerThan: limit)
          == record.fields.firstIndex { $0.utf8.count > limit },
        "longer than \(limit): \(line.debugDescription)")
    }
    for index in [nil] + Array(0...record.fieldCount) {
      let text = StringLevelRules.field(record, index)
      let context = "field \(index.map(String.init) ?? "none") of \(line.debugDescription)"
      #expect(Array(row[at: index].utf8) == Array(text.utf8), "trimmed: \(context)")
      if let bytes = row.withTrimmedBytes(at: index, { Array($0) }) {
        answered.bytes += 1
        #expect(bytes == Array(text.utf8), "bytes: \(context)")
      }
      #expect(bits(row.number(at: index)) == bits(NumberParser.parse(text)), "number: \(context)")
      let written = row.writtenNumber(at: index)
      let expected = NumberParser.read(text)
      #expect(
        bits(written.number) == bits(expected.number) && written.form == expected.form,
        "written number: \(context)")
      if row.writtenNumberFromBytes(at: index) != nil { answered.numbers += 1 }
      if let date = row.date(at: index) {
        answered.dates += 1
        #expect(
          describe(date) == describe(settled(text, CalendarDate.init(parsing:))),
          "date: \(context)")
        if case .empty = date { answered.empty += 1 }
      }
      if let status = row.status(at: index) {
        answered.statuses += 1
        #expect(
          describe(status) == describe(settled(text, ActivityStatus.init(parsing:))),
          "status: \(context)")
      }
    }
  }

  /// What the `String` rules make of `text`, as a field's bytes would settle it.
  static func settled<Value>(_ text: String, _ rule: (String) -> Value?) -> SettledField<Value> {
    if text.isEmpty { return .empty }
    return rule(text).map { .value($0) } ?? .invalid
  }

  static func describe<Value>(_ field: SettledField<Value>) -> String {
    switch field {
    case .value(let value): "value \(value)"
    case .empty: "empty"
    case .invalid: "invalid"
    }
  }

  @Test("generated hostile rows", arguments: 0..<6)
  func hostileRows(seed: UInt64) {
    var random = SeededGenerator(seed: seed)
    var answered = Answered()
    for _ in 0..<1_000 {
      let line = HostileFields.line(fields: Int.random(in: 1...5, using: &random), &random)
      for record in CSVRecords(line) {
        Self.check(record, from: line, counting: &answered)
      }
    }
    #expect(answered.bytes > 100)
    #expect(answered.numbers > 10)
    #expect(answered.dates > 10)
    #expect(answered.statuses > 10)
    #expect(answered.empty > 10)
  }

  @Test(
    "spaces, marks and look-alikes around values",
    arguments: [
      "12", " 12", "12 ", "\u{00A0}12", "12\u{00A0}", "\u{2007}12", "12\u{202F}", "\u{3000}12",
      "12\u{1680}", "\u{0085}12", "12\u{2028}", "\u{200F}12", "12\u{FEFF}", "\t12\t", "\u{1F}12",
      "12\u{0301}", "١٢", "１２", "1,234", "1,234.5", "-3", "+3", "1e5", "5.", ".5", "",
      "\u{00A0}", "2026-07-05", " 2026-07-05", "2026-07-05\u{00A0}", "05/07/2026\u{200F}",
      "פעיל", "פעיל ", "\u{00A0}פעיל", "Active", "delayed\u{0301}", "\"12\"", "\"1\"\"2\"",
      "\"12\"x", "\"פעיל\"", "\"\u{00A0}\"", "\"₪57,300\"", "\"₪ 57,300.00\"", "\"$1,250,000\"",
      "72.5%", "57,300₪", "\u{200F}₪57,300", "₪\u{00A0}57", "\u{2000}₪5", "₪5\u{2028}", "ACTIVE",
      "N/A", "\"n/a\"",
    ])
  func aroundValues(field: String) {
    var answered = Answered()
    for record in CSVRecords("a,\(field),b") {
      Self.check(record, from: field, counting: &answered)
    }
  }

  @Test("a byte shortcut leaves spaces beyond ASCII to the String rules")
  func unicodeSpacesGoToStrings() {
    for space in [
      "\u{00A0}", "\u{1680}", "\u{2000}", "\u{200A}", "\u{2028}", "\u{202F}", "\u{3000}",
    ] {
      let record = CSVRecords("\(space)42\(space)").first { _ in true }!
      let row = TableRecord(file: "f.csv", line: 1, record: record, columns: [:])
      #expect(row.withTrimmedBytes(at: 0) { Array($0) } == nil)
      #expect(row.number(at: 0) == .value(42))
    }
  }
}
