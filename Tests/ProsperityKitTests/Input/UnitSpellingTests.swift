import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports

/// The unit column as catalog authors write it: the usual spellings of the five known units,
/// any other text kept as written, and a warning only for what looks mistyped.
@Suite("Unit spellings")
struct UnitSpellingTests {
  @Test(
    "the usual spellings of the known units",
    arguments: [
      ("count", MeasureUnit.count), ("Count", .count), ("#", .count), ("מספר", .count),
      ("ils", .ils), ("ILS", .ils), ("NIS", .ils), ("₪", .ils), ("ש\"ח", .ils),
      ("ש\u{05F4}ח", .ils), ("ש''ח", .ils), (" shekels ", .ils), ("usd", .usd), ("USD", .usd),
      ("$", .usd), ("US$", .usd), ("dollars", .usd), ("percent", .percent), ("%", .percent),
      ("אחוזים", .percent), ("Per  cent", .percent), ("ratio", .ratio), ("יחס", .ratio),
    ])
  func knownSpellings(text: String, unit: MeasureUnit) {
    #expect(UnitSpelling.read(text) == UnitSpelling.Reading(unit: unit, resembles: nil))
  }

  @Test(
    "units of the catalog's own are kept as written, without a warning",
    arguments: [
      "people", "nights", "m3", "rooms", "units", "km", "ha", "tons", "points", "days", "jobs",
      "לילות", "משתתפים", "nights per guest", "אלפי ₪", "ratings", "hours",
    ])
  func ownUnits(text: String) {
    #expect(UnitSpelling.read(text) == UnitSpelling.Reading(unit: .other(text), resembles: nil))
  }

  @Test(
    "a mistyped known unit is kept as written and said to look like the known one",
    arguments: [
      ("cuont", MeasureUnit.count), ("coutn", .count), ("precent", .percent),
      ("percnet", .percent), ("pecrent", .percent), ("rato", .ratio), ("raito", .ratio),
      ("usdd", .usd), ("ilss", .ils), ("dollr", .usd), ("shekl", .ils),
    ])
  func mistyped(text: String, known: MeasureUnit) {
    #expect(UnitSpelling.read(text) == UnitSpelling.Reading(unit: .other(text), resembles: known))
  }

  @Test("spaces and line breaks inside a unit become one space; none is a unit without a name")
  func spaces() {
    #expect(UnitSpelling.read(" nights \n per  guest ").unit == .other("nights per guest"))
    #expect(UnitSpelling.read("  ") == UnitSpelling.Reading(unit: .other(""), resembles: nil))
  }

  @Test("a catalog record reads back every unit it wrote")
  func recordRoundTrip() {
    for unit in MeasureUnit.known + [.other("people"), .other("אלפי ₪"), .other("")] {
      #expect(MeasureUnit(rawValue: unit.rawValue) == unit)
    }
  }
}
