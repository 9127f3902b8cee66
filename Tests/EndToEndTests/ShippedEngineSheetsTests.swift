import Foundation
import Testing
import XlsxReading

/// The shipped 2026-Q3 committee workbook's engine sheets, read back (issue #14): the basis
/// beside every attainment, changes of percentages in percentage points, the year-end outlook,
/// every measure reported this quarter with its source, budget flags on the activity rows, the
/// comments sheet's value labelled by basis, and the definitions of all of it. Figures from
/// Inputs/ (see ShippedOutlookTests for the hand computations behind the outlook).
@Suite("Shipped 2026-Q3 engine sheets: basis, outlook, reported measures, budget flags")
struct ShippedEngineSheetsTests {
  /// The shipped data's 2026-Q3 workbook in `language`, and the folder to remove.
  static func workbook(_ language: String) throws -> (XlsxFile, Workspace) {
    let workspace = try Workspace(copying: Paths.shippedInputs)
    let result = try workspace.run(["workbook", "2026-Q3", "--lang", language])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    return (XlsxFile(path: workspace.report("committee", "2026-Q3", "xlsx").path), workspace)
  }

  /// The row whose column `column` reads `text`, or a failed test.
  static func row(
    _ sheet: SheetContents, _ column: String, _ text: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Int {
    try #require(sheet.row(where: column, is: text), "\(text)", sourceLocation: sourceLocation)
  }

  /// Every text of the sheet, in no particular order.
  static func texts(_ sheet: SheetContents) -> [String] {
    sheet.cells.keys.compactMap { sheet.string(at: $0) }
  }

  @Test("English: basis, targets apart, pp, outlook on the tourism and agri-tech sheets")
  func basisAndOutlook() throws {
    let (file, workspace) = try Self.workbook("en")
    defer { workspace.remove() }
    let tourism = try file.sheet(named: "Tourism")
    #expect(tourism.string(at: "N4") == "Basis of attainment")
    #expect(tourism.string(at: "O4") == "Projected year end")
    #expect(tourism.string(at: "P4") == "Projected attainment")
    #expect(tourism.string(at: "Q4") == "Outlook")
    // Visitors total has a target for 2026-Q3 itself: the quarter's 22,534 against 24,500,
    // not the year to date 83,099; the annual 125,000 stands apart.
    let visitors = try Self.row(tourism, "A", "Visitors total")
    #expect(tourism.string(at: "N\(visitors)") == "quarter vs quarter target")
    #expect(tourism.number(at: "C\(visitors)") == 22534)
    #expect(tourism.number(at: "H\(visitors)") == 83099)
    #expect(tourism.number(at: "I\(visitors)") == 24500)
    #expect(tourism.number(at: "J\(visitors)") == 125000)
    #expect(tourism.number(at: "K\(visitors)") == 24500)
    #expect(tourism.formula(at: "L\(visitors)") == "C\(visitors)/I\(visitors)")
    // Its year end still projects against the annual target: live, and at risk (98%).
    #expect(tourism.formula(at: "P\(visitors)") == "O\(visitors)/J\(visitors)")
    let projected = try #require(tourism.number(at: "O\(visitors)"))
    let attainment = try #require(tourism.cachedNumber(at: "P\(visitors)"))
    #expect(abs(attainment - projected / 125000) < 1e-12)
    #expect(tourism.string(at: "Q\(visitors)") == "at risk")
    // Seasonal phasing is named in the basis, with the year whose season it follows.
    let stays = try Self.row(tourism, "A", "Overnight stays total")
    let staysBasis = try #require(tourism.string(at: "N\(stays)"))
    #expect(staysBasis.hasPrefix("YTD vs annual × ") && staysBasis.hasSuffix("(2025 season)"))
    // Expected by now is the annual target × that share, as the basis says.
    let share = try #require(tourism.number(at: "I\(stays)")) / 195000
    #expect(staysBasis.contains(String(format: "%.0f%%", share * 100)))

    // A percentage's change in percentage points, live; a count's relative.
    let budget = try Self.row(tourism, "A", "Budget execution")
    #expect(tourism.formula(at: "E\(budget)") == "(C\(budget)-D\(budget))*100")
    let now = try #require(tourism.number(at: "C\(budget)"))
    let then = try #require(tourism.number(at: "D\(budget)"))
    #expect(abs((tourism.cachedNumber(at: "E\(budget)") ?? 0) - (now - then) * 100) < 1e-9)
    let styles = try file.cellStyleDescriptions()
    let points = try #require(tourism.cells["E\(budget)"])
    #expect(styles[points.styleIndex].contains("format +0.0\" pp\";-0.0\" pp\""))
    #expect(tourism.formula(at: "E\(visitors)") == "(C\(visitors)-D\(visitors))/ABS(D\(visitors))")

    // Exports per company accumulate: the year to date against 1.2 M × 3/4.
    let agritech = try file.sheet(named: "Advanced Agriculture in Desert…")
    let perCompany = try Self.row(agritech, "A", "Average export per exporting company")
    #expect(agritech.string(at: "N\(perCompany)") == "YTD vs annual × 3/4")
    #expect(agritech.number(at: "H\(perCompany)") == 672800)
    #expect(agritech.number(at: "I\(perCompany)") == 900000)
    #expect(agritech.number(at: "J\(perCompany)") == 1_200_000)
    #expect(agritech.string(at: "Q\(perCompany)") == "at risk")
    let notes = try file.comments(onSheet: "Advanced Agriculture in Desert…")
    #expect(notes["O\(perCompany)"]?.hasPrefix("seasonal: YTD ÷ ") == true)
    // An indicator that does not accumulate has no projection.
    let companies = try Self.row(agritech, "A", "Exporting companies")
    #expect(agritech.string(at: "N\(companies)") == "YTD vs annual")
    #expect(agritech.string(at: "O\(companies)") == "—")
  }

  @Test("English: every measure reported, with its value, unit and source, before the activities")
  func reportedMeasures() throws {
    let (file, workspace) = try Self.workbook("en")
    defer { workspace.remove() }
    let media = try file.sheet(named: "Media Industry")
    let title = try Self.row(
      media, "A", "Measures reported this quarter (including those no indicator uses)")
    #expect(media.string(at: "F\(title + 1)") == "Source (file:line)")
    // media.students is read by no indicator, yet shows with its value and where it came from.
    let students = try Self.row(media, "B", "media.students")
    #expect(media.number(at: "C\(students)") == 626)
    #expect(media.string(at: "D\(students)") == "count")
    #expect(media.string(at: "E\(students)") == "מכללת ספיר – מזכירות אקדמית")
    #expect(media.string(at: "F\(students)") == "media-kpis.csv:6")
    #expect(media.string(at: "G\(students)") == "no indicator")
    // The raw value behind a derived indicator.
    let spend = try Self.row(media, "B", "media.production_spend")
    #expect(media.number(at: "C\(spend)") == 3_519_000)
    #expect(media.string(at: "G\(spend)") == "Average local spend per production")
    // The indicators first, the activities last.
    let activities = try Self.row(media, "A", "Title (as entered)")
    #expect(title > 10 && activities > spend)
    let agritech = try file.sheet(named: "Advanced Agriculture in Desert…")
    #expect(agritech.number(at: "C\(try Self.row(agritech, "B", "agritech.rnd_projects"))") == 28)
  }

  @Test("English: MED-006 overspent, AGR-004 ahead of its time, on both kinds of sheet")
  func budgetFlags() throws {
    let (file, workspace) = try Self.workbook("en")
    defer { workspace.remove() }
    let all = try file.sheet(named: "Activities")
    #expect(all.string(at: "C4") == "Title (as entered)")
    #expect(all.string(at: "L4") == "Budget flag")
    #expect(all.string(at: "N4") == "Notes (as entered)")
    #expect(all.string(at: "L\(try Self.row(all, "B", "MED-006"))") == "overspent")
    #expect(all.string(at: "L\(try Self.row(all, "B", "AGR-004"))") == "spending ahead of time")
    #expect(all.string(at: "L\(try Self.row(all, "B", "MED-001"))") == nil)
    let media = try file.sheet(named: "Media Industry")
    let header = try Self.row(media, "A", "Title (as entered)")
    #expect(media.string(at: "J\(header)") == "Budget flag")
    #expect(media.string(at: "J\(try Self.row(media, "B", "MED-006"))") == "overspent")
    #expect(media.string(at: "J\(try Self.row(media, "B", "MED-001"))") == nil)
    let agritech = try file.sheet(named: "Advanced Agriculture in Desert…")
    let delayed = try Self.row(agritech, "B", "AGR-004")
    #expect(agritech.string(at: "J\(delayed)") == "spending ahead of time")
  }

  @Test("English: Comments & progress labels its value by basis; Definitions explain the methods")
  func labelsAndDefinitions() throws {
    let (file, workspace) = try Self.workbook("en")
    defer { workspace.remove() }
    let comments = try file.sheet(named: "Comments & progress")
    let header = try Self.row(comments, "A", "Engine")
    #expect(comments.string(at: "C\(header)") == "Value compared with the target")
    #expect(comments.string(at: "D\(header)") == "Basis of attainment")
    #expect(comments.string(at: "K\(header)") == "Engine's comment (as entered)")
    let exports = try Self.row(comments, "B", "Total exports")
    #expect(comments.number(at: "C\(exports)") == 33_640_000)  // the YTD, not the quarter's
    #expect(comments.string(at: "D\(exports)") == "YTD vs annual × 3/4")

    let definitions = try file.sheet(named: "Definitions")
    let texts = Self.texts(definitions)
    // The catalog's phasing column: tourism's three accumulating indicators are seasonal.
    #expect(
      texts.contains {
        $0.contains(
          "Phased seasonally: Overnight stays total, Visitors total, Overnight stays per guest "
            + "unit; every other accumulating indicator linearly.")
      })
    #expect(texts.contains { $0.hasPrefix("Year-end outlook, for every accumulating indicator") })
    #expect(texts.contains { $0.contains("export_per_company") && $0.contains("stays_per_unit") })
    #expect(
      texts.contains {
        $0.contains("budget.overspend_ratio = 100%")
          && $0.contains("budget.ahead_of_time_margin = 15 pp")
      })
    #expect(texts.filter { $0.contains("stay as entered") }.count == 1)
  }

  @Test("Hebrew: the same basis, pp and flags in Hebrew; no English-edition note")
  func hebrew() throws {
    let (file, workspace) = try Self.workbook("he")
    defer { workspace.remove() }
    let tourism = try file.sheet(named: "תיירות")
    let visitors = try Self.row(tourism, "A", "אורחים – סה\"כ")
    #expect(tourism.string(at: "N\(visitors)") == "רבעון מול יעד רבעוני")
    let budget = try Self.row(tourism, "A", "ביצוע תקציב")
    let styles = try file.cellStyleDescriptions()
    let points = try #require(tourism.cells["E\(budget)"])
    #expect(styles[points.styleIndex].contains("נק' אחוז"))
    let all = try file.sheet(named: "פעילויות")
    #expect(all.string(at: "L\(try Self.row(all, "B", "MED-006"))") == "חריגה מהתקציב")
    #expect(all.string(at: "L\(try Self.row(all, "B", "AGR-004"))") == "ניצול מקדים את הזמן")
    let definitions = try file.sheet(named: "הגדרות")
    #expect(!Self.texts(definitions).contains { $0.contains("כפי שהוזנו") })
    // A Latin run inside a Hebrew sentence is kept left to right.
    #expect(Self.texts(definitions).contains { $0.contains("\u{200E}budget.overspend_ratio") })
  }
}
