import Foundation
import Testing

/// `prosperity template QUARTER` on the quality fixture, whose latest quarter is 2026-Q2.
@Suite("template QUARTER")
struct TemplateTests {
  static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

  func lines(_ workspace: Workspace, _ name: String) throws -> [String] {
    let bytes = [UInt8](try Data(contentsOf: workspace.inputs.appendingPathComponent(name)))
    #expect(Array(bytes.prefix(3)) == Self.bom, "\(name) starts with a BOM")
    let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    #expect(text.hasSuffix("\r\n"))
    return text.components(separatedBy: "\r\n").dropLast().map { $0 }
  }

  @Test("every catalogued measure, per locality as last time; last quarter's activities")
  func writesTemplates() throws {
    let workspace = try Workspace(fixture: "quality")
    defer { workspace.remove() }
    let result = try workspace.run(["template", "2026-Q3", "--lang", "en"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("wrote Inputs/2026-Q3/tourism-kpis.csv"))
    let tourism = try lines(workspace, "2026-Q3/tourism-kpis.csv")
    // Order of last quarter's file; visitors were reported per locality, so nine rows, named in
    // the template's language; source carried over, value empty.
    #expect(tourism.first == "measure,value,locality,source,notes")
    #expect(tourism[1] == "tourism.visitors,,Sderot,survey,")
    #expect(tourism[6] == "tourism.visitors,,Sha'ar HaNegev,survey,")
    #expect(tourism[9] == "tourism.visitors,,Bnei Shimon,survey,")
    #expect(
      tourism.dropFirst(10) == [
        "tourism.overnight_stays,,,survey,", "tourism.hotel_rooms,,,ministry,",
        "tourism.guided_tours,,,guides,",
      ])
    // A measure missing from the last file is still listed (after the others, by id).
    let rehabilitation = try lines(workspace, "2026-Q3/rehabilitation-kpis.csv")
    #expect(rehabilitation.last == "rehabilitation.partner_institutions,,,,")
    #expect(rehabilitation.count == 5)
    // Activities carried over with ids, titles, leads, statuses, dates and budgets; the quarter's
    // participants and notes left empty. Quoting survives (קק"ל).
    let activities = try lines(workspace, "2026-Q3/tourism-activities.csv")
    #expect(
      activities == [
        "activity_id,title,category,lead,status,start,end,budget_planned,budget_spent,participants,notes",
        "TOU-1,פסטיבל דרום אדום,אירועים,מועצה אזורית אשכול,active,2025-01-01,,100000,30000,,",
        "TOU-2,שביל הנגב המערבי,תשתיות,\"קק\"\"ל\",delayed,2026-03-01,2026-12-31,60000,10000,,",
      ])
    // The templates read back as a quarter: not-reported warnings, no error.
    let check = try workspace.run(["validate", "2026-Q3", "--lang", "en"])
    let errors = check.stderrLines.filter {
      $0.hasPrefix("Inputs/2026-Q3/") && $0.contains(": error: ")
    }
    #expect(errors.isEmpty, "\(errors)")
    #expect(check.stderr.contains("no value reported for tourism.hotel_rooms"))
  }

  @Test("Hebrew locality names and statuses by default; an existing file is never overwritten")
  func neverOverwrites() throws {
    let workspace = try Workspace(fixture: "quality")
    defer { workspace.remove() }
    let mine = "measure,value\ntourism.visitors,123\n"
    try workspace.write(mine, to: "Inputs/2026-Q3/tourism-kpis.csv")
    let result = try workspace.run(["template", "2026-Q3"])
    #expect(result.status == 0)
    #expect(
      try workspace.text(workspace.inputs.appendingPathComponent("2026-Q3/tourism-kpis.csv"))
        == mine)
    #expect(result.stderr.contains("Inputs/2026-Q3/tourism-kpis.csv: warning: "))
    let activities = try lines(workspace, "2026-Q3/tourism-activities.csv")
    #expect(activities[2].contains(",מתעכב,"))
    let rehabilitation = try lines(workspace, "2026-Q3/rehabilitation-kpis.csv")
    #expect(rehabilitation.count == 5)
    // Running again changes nothing and says so for every file.
    let again = try workspace.run(["template", "2026-Q3"])
    #expect(again.status == 0)
    #expect(again.stderr.split(separator: "\n").count == 4)
    #expect(!again.stdout.contains("2026-Q3"))
  }
}
