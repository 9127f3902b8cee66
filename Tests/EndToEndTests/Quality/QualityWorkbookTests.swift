import Foundation
import Testing
import XlsxReading

/// The quality fixture's workbook: the completeness, checks and comments sheets read back.
@Suite("Quality fixture: workbook sheets")
struct QualityWorkbookTests {
  func written() throws -> (Workspace, XlsxFile) {
    let workspace = try Workspace(fixture: "quality")
    #expect(try workspace.run(["workbook", "2026-Q2", "--lang", "en"]).status == 65)
    return (workspace, XlsxFile(path: workspace.report("committee", "2026-Q2", "xlsx").path))
  }

  @Test("completeness: the engines × quarters matrix, files, missing measures, timeliness")
  func completeness() throws {
    let (workspace, file) = try written()
    defer { workspace.remove() }
    let sheet = try file.sheet(named: "Completeness")
    // Matrix: header on row 5, from the first quarter with a folder to the report's.
    #expect(
      ["A5", "B5", "C5", "D5", "E5", "F5", "G5"].map { sheet.string(at: $0) } == [
        "Engine", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2",
      ])
    #expect(sheet.string(at: "A6") == "Tourism")
    #expect(sheet.number(at: "B6") == 1)
    #expect(sheet.string(at: "D6") == "no folder")
    #expect(sheet.number(at: "F6") == 1)  // every measure, though no activity file
    #expect(sheet.number(at: "G7") == 0.75)  // rehabilitation: 3 of 4 measures
    // The quarter's files and measures, from row 11.
    #expect(sheet.string(at: "A11") == "Tourism")
    #expect(sheet.string(at: "B11") == "handed in")
    #expect(sheet.string(at: "D11") == "4/4")
    #expect(sheet.string(at: "A12") == "Rehabilitation")
    #expect(sheet.string(at: "D12") == "3/4")
    #expect(sheet.number(at: "E12") == 0.75)
    #expect(sheet.string(at: "F12") == "rehabilitation.partner_institutions")
    // Timeliness, from row 16: due 2026-06-30 + 30 days.
    #expect(sheet.string(at: "B16") == "Inputs/2026-Q2/tourism-kpis.csv")
    #expect(sheet.string(at: "C16") == "2026-07-30")
    #expect(sheet.string(at: "D16") == "2026-08-12")
    #expect(sheet.string(at: "E16") == "days late: 13")
    #expect(sheet.string(at: "D17") == "—")  // the activity file gives no date
    #expect(sheet.string(at: "E17") == "unknown")
    #expect(sheet.string(at: "D18") == "2026-07-15")
    #expect(sheet.string(at: "E18") == "on time")
  }

  @Test("checks: every rule with both sides, then outliers with their history")
  func checks() throws {
    let (workspace, file) = try written()
    defer { workspace.remove() }
    let sheet = try file.sheet(named: "Checks")
    // Rules from row 6, in rules.csv order; '*' gives one row per engine.
    let rules = (6...14).map { sheet.string(at: "A\($0)") }
    #expect(
      rules == [
        "graduates_within_enrolled", "employed_within_graduates", "partners_cover_employed",
        "partners_per_two_employed", "partners_reported", "partners_bounded",
        "stays_at_least_visitors", "budget_spent_within_plan", "budget_spent_within_plan",
      ])
    let results = (6...14).map { sheet.string(at: "J\($0)") }
    #expect(
      results == [
        "broken", "passed", "not checked", "broken", "broken", "not checked", "broken", "passed",
        "broken",
      ])
    #expect(sheet.number(at: "E6") == 70)
    #expect(sheet.number(at: "H6") == 60)
    #expect(sheet.string(at: "C6") == "high")
    #expect(sheet.number(at: "H9") == 0)  // 2 × partners, counted as 0
    #expect(
      sheet.string(at: "K9") == "counted as 0: rehabilitation.partner_institutions")
    #expect(sheet.string(at: "E8") == "—")  // not checked: no values shown
    #expect(
      sheet.string(at: "K8")
        == "not checked (skip_if_any): no value for rehabilitation.partner_institutions")
    #expect(sheet.string(at: "B13") == "Tourism")
    #expect(sheet.number(at: "E13") == 40000)
    #expect(sheet.number(at: "H13") == 192000)  // 1.2 × 160000
    // Outliers from row 18: engines in catalog order, measures by id.
    #expect(sheet.string(at: "B18") == "Guided tours")
    #expect(sheet.number(at: "C18") == 40)
    #expect(sheet.number(at: "D18") == 0)  // the median of four zeros
    #expect(sheet.string(at: "E18") == "—")  // no z-score for a constant history
    #expect(sheet.string(at: "F18") == "—")  // no ratio to a previous 0
    #expect(sheet.string(at: "G18") == "differs from a history that never changed")
    #expect(sheet.string(at: "B19") == "Guest rooms")
    #expect(sheet.number(at: "D19") == 403.5)
    let z = try #require(sheet.number(at: "E19"))
    #expect(abs(z - 0.6745 * (4100 - 403.5) / 2.5) < 1e-9)
    #expect(sheet.number(at: "F19") == 10)
    #expect(sheet.string(at: "H19") == "2025-Q1 400, 2025-Q2 402, 2025-Q4 405, 2026-Q1 410")
    #expect(sheet.string(at: "I19") == "Inputs/2026-Q2/tourism-kpis.csv:12:1")
    #expect(sheet.string(at: "B21") == "Trainees graduated")
    // Not scored, from row 25, with the reason in words.
    #expect(sheet.string(at: "B25") == "tourism.guided_tours")
    #expect(
      sheet.string(at: "C25")
        == "no z-score: every earlier quarter (4) had the value 0, so there is no spread")
    #expect(sheet.string(at: "B26") == "rehabilitation.trainees_employed")
    #expect(
      sheet.string(at: "C26") == "no z-score: earlier quarters with a value: 1, needed: 4")
    for member in try WorkbookText.members(of: URL(fileURLWithPath: file.path)) {
      #expect(!containsNonFiniteToken(member.text), "\(member.name)")
    }
  }

  @Test("comments beside each indicator, progress beside attainment, unexplained red flagged")
  func commentary() throws {
    let (workspace, file) = try written()
    defer { workspace.remove() }
    let sheet = try file.sheet(named: "Comments & progress")
    #expect(sheet.frozenPane?.rows == 4)
    #expect(sheet.string(at: "B5") == "Visitors in the region")
    // The value compared with the target, labelled so, with its basis beside it.
    #expect(sheet.string(at: "C4") == "Value compared with the target")
    #expect(sheet.number(at: "C5") == 35000)  // the YTD, compared with the annual target
    #expect(sheet.string(at: "D5")?.hasPrefix("YTD vs annual") == true)
    #expect(sheet.number(at: "F5") == 1.75)  // attainment 35000 / 20000
    #expect(sheet.number(at: "H5") == 30000)
    #expect(sheet.number(at: "I5") == 2025)
    #expect(sheet.number(at: "J5") == 4)
    #expect(sheet.string(at: "J6") == "—")  // target == baseline: no progress
    #expect(sheet.string(at: "K4") == "Engine's comment (as entered)")
    #expect(sheet.string(at: "K6") == "מלון חדש נפתח בנתיבות, 300 חדרים")
    #expect(sheet.string(at: "G7") == "○ red")
    #expect(sheet.string(at: "L7") == "⚑ red without a comment")
    #expect(sheet.string(at: "K8") == "Two cohorts graduated together this quarter")
    #expect(sheet.string(at: "L8") == nil)  // an empty string is written as a blank cell
  }
}
