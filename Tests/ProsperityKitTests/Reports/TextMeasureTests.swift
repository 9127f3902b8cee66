import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports
@testable import ProsperityStore
@testable import ProsperitySupport

/// Row heights and column widths count characters (Unicode scalars), whatever their UTF-8 size.
@Suite struct TextMeasureTests {
  static let texts = [
    "", "a", "סיור", "פעילות קהילתית בשכונות רהט, עם מתנדבים", "line one\nline two",
    "😀😀😀 😀😀", "ערב\nבוקר צהריים ערב לילה בוקר צהריים", String(repeating: "א", count: 90),
    "mixed עברית and English words that go on and on",
  ]

  /// The rule written plainly over scalars: words placed on lines of `width - 1` characters.
  static func referenceLines(_ text: String, width: Double) -> Int {
    let perLine = max(1, Int(width) - 1)
    var lines = 1
    for (index, paragraph) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      if index > 0 { lines += 1 }
      var used = 0
      for word in paragraph.split(separator: " ").map({ $0.unicodeScalars.count }) {
        if used > 0 && used + 1 + word > perLine {
          lines += 1
          used = 0
        }
        used += (used > 0 && word > 0 ? 1 : 0) + word
        while used > perLine {
          lines += 1
          used -= perLine
        }
      }
    }
    return lines
  }

  @Test(arguments: texts)
  func wrappedLinesCountCharactersNotBytes(text: String) {
    for width in [5.0, 12, 34] {
      #expect(
        SheetCursor.lines(text, width: width) == Self.referenceLines(text, width: width),
        "\(text) at \(width)")
    }
  }

  @Test(arguments: texts)
  func longestLineCountsCharacters(text: String) {
    let expected =
      text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.unicodeScalars.count }.max() ?? 0
    #expect(ColumnWidths.longestLine(text) == expected)
  }
}
