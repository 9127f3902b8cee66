import Testing
import XlsxWriter

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports
@testable import ProsperityStore
@testable import ProsperitySupport

/// Sheet names: within Excel's 31 characters, cut at a word, legal and never repeated.
@Suite struct SheetNamesTests {
  @Test("a long name is cut at a word and marked with an ellipsis")
  func cutAtWord() {
    #expect(
      SheetNames.fitted("Advanced Agriculture in Desert-Edge Conditions")
        == "Advanced Agriculture in Desert…")
    #expect(
      SheetNames.fitted("Rehabilitation and Community Inclusion") == "Rehabilitation and Community…"
    )
    #expect(SheetNames.fitted("Tourism") == "Tourism")
    // One long word: cut inside it.
    #expect(
      SheetNames.fitted(String(repeating: "x", count: 40)) == String(repeating: "x", count: 30)
        + "…")
  }

  @Test("repeats are numbered, case-insensitively, and forbidden characters replaced")
  func unique() {
    var names = SheetNames()
    #expect(names.unique("Activities") == "Activities")
    #expect(names.unique("activities") == "activities (2)")
    #expect(names.unique("Activities") == "Activities (3)")
    #expect(names.unique("Q3/2026: [draft]") == "Q3_2026_ _draft_")
    let long = "Rehabilitation and Community Inclusion"
    #expect(names.unique(long) == "Rehabilitation and Community…")
    #expect(names.unique(long) == "Rehabilitation and… (2)")
    for name in ["Activities (3)", "Rehabilitation and… (2)"] {
      #expect(Workbook.isValidSheetName(name))
    }
  }
}
