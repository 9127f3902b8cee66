import Testing
import XlsxWriter

@Suite("A1 references and sheet names")
struct CellReferenceTests {
  @Test(
    "column letters",
    arguments: [
      (0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (52, "BA"), (701, "ZZ"),
      (702, "AAA"), (16_383, "XFD"),
    ])
  func columnLetters(column: Int, letters: String) {
    #expect(CellReference.columnLetters(column) == letters)
  }

  @Test func a1Forms() {
    #expect(CellReference.a1(row: 6, column: 1) == "B7")
    #expect(CellReference.a1(row: 6, column: 1, absolute: true) == "$B$7")
    #expect(CellReference.a1(row: 1_048_575, column: 16_383) == "XFD1048576")
    #expect(
      CellReference.range(firstRow: 1, firstColumn: 0, lastRow: 8, lastColumn: 2) == "A2:C9")
  }

  @Test func rangeFormulaQuotesSheetNames() {
    #expect(
      Workbook.rangeFormula(
        sheet: "Sheet 1", firstRow: 1, firstColumn: 0, lastRow: 8, lastColumn: 0)
        == "='Sheet 1'!$A$2:$A$9")
    #expect(
      CellReference.rangeFormula(
        sheet: "דו\"ח", firstRow: 0, firstColumn: 1, lastRow: 3, lastColumn: 1)
        == "='דו\"ח'!$B$1:$B$4")
    #expect(CellReference.quotedSheetName("Bob's") == "'Bob''s'")
  }

  @Test(
    "invalid sheet names",
    arguments: [
      "", String(repeating: "x", count: 32), "a[b", "a]b", "a:b", "a*b", "a?b", "a/b", "a\\b",
      "'quoted", "quoted'", "History",
    ])
  func invalidNames(name: String) {
    #expect(!Workbook.isValidSheetName(name))
  }

  @Test func validNames() {
    #expect(Workbook.isValidSheetName("סיכום רבעוני"))
    #expect(Workbook.isValidSheetName("Bob's data"))
    #expect(Workbook.isValidSheetName(String(repeating: "ש", count: 31)))
  }

  @Test func safeSheetName() {
    #expect(Workbook.safeSheetName("Q1/Q2: [draft]?") == "Q1_Q2_ _draft__")
    #expect(Workbook.safeSheetName("'quoted'") == "quoted")
    #expect(Workbook.safeSheetName("") == "Sheet")
    let long = String(repeating: "א", count: 40)
    #expect(Workbook.safeSheetName(long) == String(repeating: "א", count: 31))
    // A letter with vowel points is three scalars; it must not be split at the limit.
    let pointed = String(repeating: "a", count: 30) + "שָׁ"
    #expect(Workbook.safeSheetName(pointed) == String(repeating: "a", count: 30))
    for candidate in ["a*b", long, pointed, "'x'", "History"] {
      #expect(Workbook.isValidSheetName(Workbook.safeSheetName(candidate)))
    }
  }
}
