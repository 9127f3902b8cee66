import Foundation
import Testing
import XlsxReading

/// The committee workbook of the clean fixture's 2026-Q2, read back out of the .xlsx.
@Suite("Committee workbook read back")
struct WorkbookTests {
  func written(_ arguments: [String]) throws -> (Workspace, XlsxFile) {
    let workspace = try Workspace(fixture: "clean")
    let result = try workspace.run(["workbook", "2026-Q2"] + arguments)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    return (workspace, XlsxFile(path: workspace.report("committee", "2026-Q2", "xlsx").path))
  }

  @Test("Hebrew: sheet order, right to left, cells and frozen header")
  func hebrew() throws {
    let (workspace, file) = try written([])
    defer { workspace.remove() }
    #expect(
      try file.sheetNames == [
        "סיכום", "תיירות", "שיקום ושילוב בקהילה", "איכות נתונים", "שלמות הדיווח", "בדיקות",
        "הערות והתקדמות", "הגדרות",
      ])
    for name in try file.sheetNames {
      #expect(try file.sheet(named: name).isRightToLeft, "\(name)")
    }
    let tourism = try file.sheet(named: "תיירות")
    // Title, subtitle, blank, header (row 4, frozen with the name column), indicators from row 5.
    #expect(tourism.frozenPane == FrozenPane(rows: 4, columns: 1, topLeftCell: "B5"))
    #expect(tourism.string(at: "A5") == "מבקרים באזור")
    #expect(tourism.number(at: "C5") == 18000)  // quarter value
    #expect(tourism.number(at: "D5") == 18000)  // YTD (partial)
    #expect(tourism.number(at: "H5") == 0.9)  // attainment 18000 / 20000
    #expect(tourism.string(at: "I5") == "◐ צהוב")  // amber
    #expect(tourism.string(at: "A6") == "חדרי אירוח פעילים")
    #expect(tourism.string(at: "F6") == "2026-Q2")  // the quarter target's period
    #expect(tourism.string(at: "I6") == "● ירוק")
    #expect(tourism.string(at: "I7") == "○ אדום")  // budget execution 0.5
    // Activities: a blank row after the three indicators, the section title, its header,
    // then the activities.
    #expect(tourism.string(at: "B11") == "TOU-1")
    #expect(tourism.string(at: "A11") == "פסטיבל דרום אדום")
    #expect(tourism.string(at: "A12") == "שביל הנגב המערבי")
    #expect(tourism.string(at: "C12") == "מתעכב")
    let rehabilitation = try file.sheet(named: "שיקום ושילוב בקהילה")
    #expect(rehabilitation.number(at: "C5") == 40.0 / 60.0)
    #expect(rehabilitation.number(at: "D5") == 0.75)
    #expect(rehabilitation.number(at: "H7") == 1.2)  // dropouts, down: 18 / 15
  }

  @Test("English: left to right, English names")
  func english() throws {
    let (workspace, file) = try written(["--lang", "en"])
    defer { workspace.remove() }
    #expect(
      try file.sheetNames == [
        "Summary", "Tourism", "Rehabilitation", "Data quality", "Completeness", "Checks",
        "Comments & progress", "Definitions",
      ])
    for name in try file.sheetNames {
      #expect(try !file.sheet(named: name).isRightToLeft, "\(name)")
    }
    let tourism = try file.sheet(named: "Tourism")
    #expect(tourism.string(at: "A5") == "Visitors in the region")
    #expect(tourism.string(at: "I5") == "◐ amber")
    // Activity titles stay as written, in Hebrew.
    #expect(tourism.string(at: "A11") == "פסטיבל דרום אדום")
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
}
