import Foundation
import Testing
import XlsxReading

/// Units as catalog authors write them (#12, item 11): any text is a unit; the five known ones
/// and their usual spellings choose the number format, any other is shown beside plain numbers,
/// and no quarter loses a value over a unit.
@Suite("Units written as catalog authors write them")
struct UnitTextTests {
  /// Every quarter's indicators CSV, by quarter.
  private func indicatorFiles(_ workspace: Workspace) throws -> [String: String] {
    var files: [String: String] = [:]
    for quarter in ShippedDataTests.quarters {
      files[quarter] = try workspace.text(workspace.report("indicators", quarter, "csv"))
    }
    return files
  }

  @Test("people, nights, ש\"ח, USD, % and a misspelt unit lose no value and no row")
  func anyUnitText() throws {
    let pristine = try Workspace.shipped()
    defer { pristine.remove() }
    #expect(try pristine.run(["--lang", "en"]).status == 0)

    let workspace = try Workspace.shipped()
    defer { workspace.remove() }
    let measures = "Inputs/measures.csv"
    let indicators = "Inputs/indicators.csv"
    try workspace.replace(
      "(overnight guests),count,", with: "(overnight guests),people,", in: measures)
    try workspace.replace("Overnight stays,count,", with: "Overnight stays,nights,", in: measures)
    try workspace.replace(
      "Training programme cost,ils,", with: "Training programme cost,ש\"ח,", in: measures)
    try workspace.replace(
      "specialty produce export value,usd,", with: "specialty produce export value, USD ,",
      in: measures)
    try workspace.replace("organised groups,count,", with: "organised groups,cuont,", in: measures)
    try workspace.replace(
      "Overnight stays total,count,", with: "Overnight stays total,nights,", in: indicators)
    try workspace.replace("Graduation rate,percent,", with: "Graduation rate,%,", in: indicators)
    try workspace.replace("per production,ils,", with: "per production,₪,", in: indicators)
    try workspace.replace(
      "Average stay (nights),ratio,", with: "Average stay (nights),nights per guest,",
      in: indicators)
    let misspelt = try workspace.position(of: "cuont", in: measures)

    let result = try workspace.run(["--lang", "en"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stderr.contains(": error: "), "\(result.stderr)")
    #expect(
      result.stderrLines.contains {
        $0.hasPrefix("\(misspelt): warning: the unit 'cuont'") && $0.contains("'count'")
      }, "\(result.stderr)")
    #expect(result.stderrLines.filter { $0.contains(": warning: the unit") }.count == 1)
    // Not one figure of any quarter changes: a unit is how numbers are shown, never whether.
    #expect(try indicatorFiles(workspace) == indicatorFiles(pristine))

    let book = XlsxFile(path: workspace.report("committee", "2026-Q3", "xlsx").path)
    let definitions = try book.sheet(named: "Definitions")
    let unitOf = { (id: String) -> String? in
      guard let row = definitions.row(where: "C", is: id) else { return nil }
      return definitions.text(at: "D\(row)") ?? definitions.text(at: "F\(row)")
    }
    #expect(unitOf("tourism.visitors") == "people")
    #expect(unitOf("tourism.overnight_stays") == "nights")
    #expect(unitOf("tourism.guided_tours") == "cuont")
    #expect(unitOf("rehabilitation.training_cost") == "₪")
    #expect(unitOf("agritech.export_value") == "$")
    let indicatorRow = definitions.row(where: "C", is: "tourism.stays_total") ?? 0
    #expect(definitions.text(at: "F\(indicatorRow)") == "nights")

    // On the engine sheet the unit stands beside the numbers, which are plain, not a count's
    // "number" label nor a currency.
    let tourism = try book.sheet(named: "Tourism")
    let stays = tourism.row(where: "A", is: "Overnight stays total") ?? 0
    #expect(tourism.text(at: "B\(stays)") == "nights")
    let pristineBook = XlsxFile(path: pristine.report("committee", "2026-Q3", "xlsx").path)
    let pristineTourism = try pristineBook.sheet(named: "Tourism")
    #expect(tourism.number(at: "C\(stays)") == pristineTourism.number(at: "C\(stays)"))
    #expect(tourism.number(at: "C\(stays)") != nil)
    let styles = try book.cellStyleDescriptions()
    let format = { (cell: Cell?) in cell.map { styles[$0.styleIndex] } ?? "" }
    #expect(format(tourism.cells["C\(stays)"]).hasPrefix("format #,##0"))
    #expect(!format(tourism.cells["C\(stays)"]).contains("₪"))
    // A plain number that is not whole keeps its decimals.
    let stay = tourism.row(where: "A", is: "Average stay (nights)") ?? 0
    #expect(tourism.text(at: "B\(stay)") == "nights per guest")
    let nights = tourism.number(at: "C\(stay)") ?? 0
    #expect(nights.rounded() != nights && nights == pristineTourism.number(at: "C\(stay)"))
    #expect(format(tourism.cells["C\(stay)"]).hasPrefix("format #,##0.0#"))
    // The known units, however spelt, keep their formats.
    let rehabilitation = try book.sheet(named: "Rehabilitation and Community…")
    let rate = rehabilitation.row(where: "A", is: "Graduation rate") ?? 0
    #expect(rehabilitation.text(at: "B\(rate)") == "percent")
    #expect(format(rehabilitation.cells["C\(rate)"]).hasPrefix("format 0.0%"))

    // The summary shows the unit beside the numbers it does not sign.
    let summary = try workspace.text(workspace.report("summary", "2026-Q3", "txt"))
    // The engine's table row, not the key messages' mention of the indicator above it.
    let staysLine = summary.split(separator: "\n").first { $0.hasPrefix("  Overnight stays total") }
    #expect(staysLine?.contains(" nights") == true, "\(staysLine ?? "")")
    let stayLine = summary.split(separator: "\n").first { $0.hasPrefix("  Average stay (nights)") }
    #expect(
      stayLine?.contains(try Regex(#"\d\.\d{1,2} nights per guest"#)) == true, "\(stayLine ?? "")")
  }

  @Test("an indicator's or a measure's unit left empty is a plain number, with a warning")
  func emptyUnit() throws {
    let workspace = try Workspace.shipped()
    defer { workspace.remove() }
    try workspace.replace(
      "Overnight stays,count,", with: "Overnight stays,,", in: "Inputs/measures.csv")
    let result = try workspace.run(["validate", "--lang", "en"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stderrLines.contains {
        $0.hasPrefix("Inputs/measures.csv:27:") && $0.contains("warning: the unit of")
      }, "\(result.stderr)")
  }
}
