import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports

/// Invisible characters in ids: removed, with where the first stood and what it was.
@Suite("Invisible characters removed from ids")
struct InvisibleCharactersTests {
  @Test("each kind is removed, and the first one is named where it stood")
  func removal() {
    for value in Array(0x200B...0x200F) + Array(0x202A...0x202E) + Array(0x2066...0x2069)
      + [0x2060, 0xFEFF, 0x061C]
    {
      let scalar = Unicode.Scalar(UInt32(value))!
      let (id, removal) = InvisibleCharacters.removing(from: "TOU-" + String(scalar) + "004")
      #expect(id == "TOU-004")
      #expect(removal?.offset == 4 && removal?.count == 1 && removal?.first == scalar)
    }
    let (id, removal) = InvisibleCharacters.removing(from: "\u{202B}נתיבות \u{202C}")
    #expect(id == "נתיבות")
    #expect(removal == .init(first: "\u{202B}", offset: 0, count: 2))
    #expect(removal?.firstName == "U+202B RIGHT-TO-LEFT EMBEDDING")
  }

  @Test("visible text, Hebrew points and ordinary spaces are left alone")
  func untouched() {
    for text in ["TOU-004", "שדרות", "ב\u{05BC}\u{05B8}", "e\u{0301}", "A B", ""] {
      #expect(InvisibleCharacters.removing(from: text) == (text, nil))
    }
  }
}
