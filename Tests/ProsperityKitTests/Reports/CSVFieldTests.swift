import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports

/// Text from the inputs written into the tool's CSV files: inert in a spreadsheet, and read back
/// as it was.
@Suite("CSV text fields")
struct CSVFieldTests {
  @Test(
    "a field a spreadsheet would run gets an apostrophe and quotes",
    arguments: [
      ("=1+1", "\"'=1+1\""), ("+SUM(1,2)", "\"'+SUM(1,2)\""), ("-2+3", "\"'-2+3\""),
      ("@SUM(1)", "\"'@SUM(1)\""), ("\tx", "\"'\tx\""), ("\rx", "\"'\rx\""),
      ("=HYPERLINK(\"a\")", "\"'=HYPERLINK(\"\"a\"\")\""),
    ])
  func neutralised(field: String, written: String) {
    #expect(CSVField.text(field) == written)
  }

  @Test(
    "other text is quoted as RFC 4180 asks, and where ; or a tab could split it",
    arguments: [
      ("ok", "ok"), ("a,b", "\"a,b\""), ("a;=b", "\"a;=b\""), ("a\t=b", "\"a\t=b\""),
      ("x = 1", "x = 1"), ("'quoted'", "'quoted'"), ("", ""), ("סה\"כ", "\"סה\"\"כ\""),
    ])
  func quotedOnlyWhereNeeded(field: String, written: String) {
    #expect(CSVField.text(field) == written)
  }

  @Test("numbers are written through escape, never made text")
  func numbers() {
    #expect(CSVField.escape("-3") == "-3")
    #expect(CSVField.escape("-0.25") == "-0.25")
  }

  @Test("what text(_:) wrote reads back, once the CSV's quoting is undone")
  func roundTrip() {
    for field in ["=1+1", "-a + b", "+x", "@y", "\tz", "plain", "'quoted'", ""] {
      var written = CSVField.text(field)
      if written.hasPrefix("\"") {
        written = String(written.dropFirst().dropLast()).replacingOccurrences(
          of: "\"\"", with: "\"")
      }
      #expect(CSVField.untext(written) == field)
    }
  }
}
