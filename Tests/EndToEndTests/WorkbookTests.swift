import Foundation
import Testing
import XlsxReading

/// The committee workbook of the clean fixture's 2026-Q2, read back out of the .xlsx: its sheets,
/// their direction, and the engine sheets' numbers, live formulas and cached results.
@Suite("Committee workbook read back")
struct WorkbookTests {
  static let hebrewSheets = [
    "סיכום", "תיירות", "שיקום ושילוב בקהילה", "הערות והתקדמות", "לפי רשות", "היסטוריה",
    "פעילויות", "איכות נתונים", "שלמות הדיווח", "בדיקות", "הגדרות",
  ]
  static let englishSheets = [
    "Summary", "Tourism", "Rehabilitation", "Comments & progress", "By locality",
    "Indicator history", "Activities", "Data quality", "Completeness", "Checks", "Definitions",
  ]

  @Test("Hebrew: sheet order, right to left, every sheet within Excel's limits")
  func hebrewSheets() throws {
    let workbook = try WrittenWorkbook()
    defer { workbook.remove() }
    #expect(try workbook.file.sheetNames == Self.hebrewSheets)
    for name in try workbook.file.sheetNames {
      let sheet = try workbook.sheet(name)
      #expect(sheet.isRightToLeft, "\(name)")
      #expect(name.utf16.count <= 31)
      #expect(sheet.lastRow < 1_048_576, "\(name)")
    }
  }

  @Test("English: left to right, English names; Excel's reserved 'History' is avoided")
  func englishSheets() throws {
    let workbook = try WrittenWorkbook(["--lang", "en"])
    defer { workbook.remove() }
    #expect(try workbook.file.sheetNames == Self.englishSheets)
    for name in try workbook.file.sheetNames {
      #expect(try !workbook.sheet(name).isRightToLeft, "\(name)")
    }
    let tourism = try workbook.sheet("Tourism")
    #expect(tourism.string(at: "A5") == "Visitors in the region")
    #expect(tourism.text(at: "M5") == "▲ amber")
    // Activity titles stay as written, in Hebrew.
    let header = try #require(tourism.row(where: "A", is: "Title (as entered)"))
    #expect(tourism.string(at: "A\(header + 1)") == "פסטיבל דרום אדום")
  }

  @Test("engine sheet: values, previous quarter, year ago, targets, live attainment and status")
  func engineSheet() throws {
    let workbook = try WrittenWorkbook()
    defer { workbook.remove() }
    let tourism = try workbook.sheet("תיירות")
    // Title, subtitle, blank, header (row 4, frozen with the name column), indicators from row 5.
    #expect(tourism.frozenPane == FrozenPane(rows: 4, columns: 1, topLeftCell: "B5"))
    #expect(tourism.string(at: "A5") == "מבקרים באזור")
    #expect(tourism.number(at: "C5") == 18000)  // quarter value
    #expect(tourism.string(at: "D5") == "—")  // 2026-Q1 has no tourism KPI file
    #expect(tourism.number(at: "F5") == 15000)  // 2025-Q2
    #expect(tourism.formula(at: "G5") == "(C5-F5)/ABS(F5)")
    #expect(tourism.cachedNumber(at: "G5") == 0.2)  // (18000 − 15000) / 15000
    #expect(tourism.number(at: "H5") == 18000)  // YTD, partial
    #expect(tourism.number(at: "I5") == 20000)  // 40,000 × 2/4
    #expect(tourism.number(at: "J5") == 40000)  // annual target
    #expect(tourism.formula(at: "L5") == "H5/I5")  // YTD against expected
    #expect(tourism.cachedNumber(at: "L5") == 0.9)
    #expect(tourism.text(at: "M5") == "▲ צהוב")
    #expect(tourism.formula(at: "M5")?.hasPrefix("IF(L5>=1,\"● ירוק\",IF(L5>=0.9,") == true)
    #expect(tourism.string(at: "R5")?.contains("2026-Q1") == true)  // why the YTD is partial
    // The basis beside each attainment: the YTD against a pro-rated annual target here, the
    // quarter against its own target on the next row.
    #expect(tourism.string(at: "N4") == "בסיס ההשוואה")
    #expect(tourism.string(at: "N5") == "מצטבר מול יעד שנתי × 2/4")
    #expect(tourism.string(at: "N6") == "רבעון מול יעד רבעוני")
    // Rooms have a target for 2026-Q2 itself, compared with the quarter's value.
    #expect(tourism.number(at: "J6") == 500)
    #expect(tourism.number(at: "K6") == 460)
    #expect(tourism.formula(at: "L6") == "C6/I6")
    #expect(tourism.cachedNumber(at: "L6") == 1)
    #expect(tourism.text(at: "M6") == "● ירוק")
    // Budget execution 30,000+10,000 of 160,000 = 0.25, was 0.125.
    #expect(tourism.number(at: "C7") == 0.25)
    // A percentage's change is in percentage points: +12.5, live.
    #expect(tourism.formula(at: "E7") == "(C7-D7)*100")
    #expect(tourism.cachedNumber(at: "E7") == 12.5)
    #expect(tourism.text(at: "M7") == "○ אדום")
    // The status column recolours itself by its symbol when a figure is edited.
    #expect(tourism.conditionalFormatRanges == ["M5:M7"])
    let rules = tourism.root.descendants(named: "cfRule").compactMap { $0.attributes["text"] }
    #expect(rules == ["●", "▲", "○", "–"])

    let rehabilitation = try workbook.sheet("שיקום ושילוב בקהילה")
    #expect(rehabilitation.number(at: "C5") == 40.0 / 60.0)
    #expect(rehabilitation.number(at: "H5") == 0.75)  // 45 / 60, a ratio of sums
    // Dropouts, lower is better, a difference of flows that accumulates: expected ÷ actual =
    // (18 × 2/4) / 15 = 0.6.
    #expect(rehabilitation.formula(at: "L7") == "I7/H7")
    #expect(rehabilitation.cachedNumber(at: "L7") == 0.6)
    #expect(rehabilitation.text(at: "M7") == "○ אדום")
  }

  @Test("engine sheet: activities after the trend, with real dates and an autofilter")
  func engineActivities() throws {
    let workbook = try WrittenWorkbook()
    defer { workbook.remove() }
    let tourism = try workbook.sheet("תיירות")
    let header = try #require(tourism.row(where: "A", is: "שם הפעילות"))
    #expect(tourism.string(at: "A\(header + 1)") == "פסטיבל דרום אדום")
    #expect(tourism.string(at: "B\(header + 1)") == "TOU-1")
    #expect(tourism.string(at: "C\(header + 2)") == "מתעכב")
    // 01/03/2026 is day-first: 1 March 2026, Excel's serial 46082.
    #expect(tourism.number(at: "F\(header + 2)") == 46082)
    #expect(tourism.number(at: "H\(header + 2)") == 60000)
    #expect(tourism.autoFilterRange == "A\(header):L\(header + 2)")
  }

  @Test("--output FILE writes the workbook there, the other files to the reports folder")
  func outputOption() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    let result = try workspace.run([
      "workbook", "2026-Q2", "--output", "papers/committee.xlsx", "--lang", "en",
    ])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let output = workspace.root.appendingPathComponent("papers/committee.xlsx")
    #expect(workspace.exists(output))
    #expect(!workspace.exists(workspace.report("committee", "2026-Q2", "xlsx")))
    #expect(workspace.exists(workspace.report("indicators", "2026-Q2", "csv")))
    #expect(try XlsxFile(path: output.path).sheetNames.first == "Summary")
  }

  @Test("--output FILE after a run: the folder's workbook is the same new one, never the old one")
  func outputRefreshesThePublishedWorkbook() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    #expect(try workspace.run(["--lang", "en"]).status == 0)
    let published = workspace.report("committee", "2026-Q2", "xlsx")
    let before = try Data(contentsOf: published)
    let kpis = workspace.inputs.appendingPathComponent("2026-Q2/tourism-kpis.csv")
    let text = try workspace.text(kpis)
    let changed = text.replacingOccurrences(
      of: "tourism.visitors,3000,", with: "tourism.visitors,3100,")
    #expect(changed != text, "the fixture's tourism KPI file counts 3000 visitors in Sderot")
    try Data(changed.utf8).write(to: kpis)
    let result = try workspace.run([
      "workbook", "2026-Q2", "--output", "papers/committee.xlsx", "--lang", "en",
    ])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let output = try Data(
      contentsOf: workspace.root.appendingPathComponent("papers/committee.xlsx"))
    let after = try Data(contentsOf: published)
    #expect(after == output)
    #expect(after != before, "the folder's workbook is the new one")
  }
}
