import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports
@testable import ProsperityStore
@testable import ProsperitySupport

@Suite struct LocalityMatcherTests {
  @Test(
    arguments: [
      ("Sdot Negev", "sdot negev"), ("  Sdot__Negev  ", "sdot negev"), ("SDOT-NEGEV", "sdot negev"),
      ("Bnei   Shimon", "bnei shimon"), ("שדות נגב", "שדות נגב"), ("ב'אר", "באר"),
      ("צה\"ל", "צהל"), ("צה״ל", "צהל"), ("O’Hara", "ohara"), ("a'-b", "a b"), ("", ""),
      ("\u{00A0}Rahat\u{00A0}", "rahat"), ("-_ -", ""),
    ])
  func spellingsMeetInOneKey(text: String, key: String) {
    #expect(LocalityMatcher.key(text) == key)
  }
}
