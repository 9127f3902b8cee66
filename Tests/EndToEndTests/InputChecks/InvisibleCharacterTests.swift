import Foundation
import Testing

/// Ids with zero-width or direction characters pasted in from Word or a Hebrew document
/// (#12, item 13): each is removed with a warning at the character, so an id is what its reader
/// sees, and `compare` never lists a "new TOU-004" beside a "gone TOU-004".
@Suite("Invisible characters in ids")
struct InvisibleCharacterTests {
  private static let activities = "Inputs/2026-Q3/tourism-activities.csv"
  private static let kpis = "Inputs/2026-Q3/tourism-kpis.csv"

  @Test("an activity id with a right-to-left mark matches its earlier quarter's")
  func activityIDs() throws {
    let workspace = try Workspace.shipped()
    defer { workspace.remove() }
    try workspace.replace("TOU-004,", with: "TOU-004\u{200F},", in: Self.activities)
    try workspace.replace("TOU-006,", with: "TOU\u{200B}-006,", in: Self.activities)
    let mark = try workspace.position(of: "\u{200F}", in: Self.activities)
    let space = try workspace.position(of: "\u{200B}", in: Self.activities)

    let checked = try workspace.run(["validate", "2026-Q3", "--lang", "en"])
    #expect(checked.status == 0, "\(checked.stderr)")
    #expect(
      checked.stderrLines.contains {
        $0.hasPrefix("\(mark): warning: the id 'TOU-004' held an invisible character")
          && $0.contains("U+200F RIGHT-TO-LEFT MARK") && $0.contains("removed")
      }, "\(checked.stderr)")
    #expect(
      checked.stderrLines.contains {
        $0.hasPrefix("\(space): warning: the id 'TOU-006' held an invisible character")
          && $0.contains("U+200B ZERO WIDTH SPACE")
      }, "\(checked.stderr)")

    let compared = try workspace.run(["compare", "2026-Q2", "2026-Q3", "--lang", "en"])
    #expect(compared.status == 0, "\(compared.stderr)")
    let text = try workspace.text(workspace.comparison("2026-Q2_vs_2026-Q3", "txt"))
    for id in ["TOU-004", "TOU-006"] {
      let lines = text.split(separator: "\n").filter { $0.contains(id) }
      #expect(
        !lines.contains { $0.contains(" new ") || $0.contains("gone from the list") }, "\(lines)")
      #expect(!text.contains("\u{200F}") && !text.contains("\u{200B}"))
    }
  }

  @Test("a measure, a locality and catalog ids with invisible characters are read, with a warning")
  func otherIDs() throws {
    let pristine = try Workspace.shipped()
    defer { pristine.remove() }
    #expect(try pristine.run(["workbook", "2026-Q3", "--lang", "en"]).status == 0)

    let workspace = try Workspace.shipped()
    defer { workspace.remove() }
    try workspace.replace("tourism.rooms,", with: "\u{FEFF}tourism.rooms,", in: Self.kpis)
    try workspace.replace(
      "\"3,827\",נתיבות,", with: "\"3,827\",\u{202B}נתיבות\u{202C},", in: Self.kpis)
    try workspace.replace(
      "tourism.guided_tours,tourism,", with: "tourism.guided_tours\u{200E},tourism\u{2066},",
      in: "Inputs/measures.csv")
    try workspace.replace(
      "agritech.export_total,2026,", with: "agritech.export\u{200D}_total,2026,",
      in: "Inputs/targets.csv")
    let expected = [
      (try workspace.position(of: "\u{FEFF}tourism.rooms", in: Self.kpis), "U+FEFF"),
      (try workspace.position(of: "\u{202B}", in: Self.kpis), "U+202B"),
      (try workspace.position(of: "\u{200E}", in: "Inputs/measures.csv"), "U+200E"),
      (try workspace.position(of: "\u{2066}", in: "Inputs/measures.csv"), "U+2066"),
      (try workspace.position(of: "\u{200D}", in: "Inputs/targets.csv"), "U+200D"),
    ]

    let result = try workspace.run(["workbook", "2026-Q3", "--lang", "en"])
    #expect(result.status == 0, "\(result.stderr)")
    for (position, code) in expected {
      #expect(
        result.stderrLines.contains {
          $0.hasPrefix("\(position): warning: ") && $0.contains("invisible character")
            && $0.contains(code)
        }, "\(position) \(code): \(result.stderr)")
    }
    #expect(
      try workspace.text(workspace.report("indicators", "2026-Q3", "csv"))
        == pristine.text(pristine.report("indicators", "2026-Q3", "csv")))
  }
}
