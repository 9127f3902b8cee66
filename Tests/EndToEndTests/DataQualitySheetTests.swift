import Foundation
import Testing
import XlsxReading

/// The workbook's data-quality sheet keeps every rejected row as it stood in its file.
@Suite("Data-quality sheet of the bad fixture")
struct DataQualitySheetTests {
  /// The rows the tool sets aside, exactly as in the fixture files (the windows-1255 row decoded).
  static let rejectedRows = [
    "tourism.bad_formula,tourism,נוסחה שבורה,Broken formula,count,tourism.visitors * * 2,up,no",
    "note,author",
    "check visitors,dana",
    "משרד הרווחה,rehabilitation.trainees_graduated,ארבעים,,",
    "TOU-2,שביל,infra,kkl,maybe,2026-02-01,,60000,10000,8,",
    "TOU-3,הכשרה,training,council,active,31/02/2026,,5000,1000,3,",
    "tourism.visitors,1600,Bnei Shimon,survey,",
    "tourism.hotel_rooms,4x0,,ministry,",
    "tourism.cafes,12,,ministry,",
    "tourism.visitors,100,Beersheba,survey,",
    "tourism.visitors,900,,survey,",
  ]

  @Test("every rejected row is listed once, with its location", arguments: ["he", "en"])
  func rejectedRowsListed(_ language: String) throws {
    let workspace = try Workspace(fixture: "bad")
    defer { workspace.remove() }
    #expect(try workspace.run(["workbook", "2026-Q2", "--lang", language]).status == 65)
    let file = XlsxFile(path: workspace.report("committee", "2026-Q2", "xlsx").path)
    let names = try file.sheetNames
    let name = language == "he" ? "איכות נתונים" : "Data quality"
    #expect(names.suffix(4).first == name)
    #expect(names.last == (language == "he" ? "הגדרות" : "Definitions"))
    let sheet = try file.sheet(named: name)
    // Layout: title, counts, completeness by engine, then the findings' header and one row per
    // diagnostic; column B is the location, D the rejected row.
    let header = try #require(sheet.row(where: "A", is: language == "he" ? "חומרה" : "Severity"))
    var rejected: [String: String] = [:]
    var row = header + 1
    while let location = sheet.string(at: "B\(row)") {
      if let text = sheet.string(at: "D\(row)"), !text.isEmpty {
        #expect(rejected[text] == nil, "listed twice: \(text)")
        rejected[text] = location
      }
      row += 1
    }
    #expect(Set(rejected.keys) == Set(Self.rejectedRows))
    #expect(
      rejected["tourism.hotel_rooms,4x0,,ministry,"] == "Inputs/2026-Q2/tourism-kpis.csv:13:21")
    #expect(rejected["check visitors,dana"] == "Inputs/2026-Q2/notes.csv:2:1")
    #expect(sheet.autoFilterRange == "A\(header):D\(row - 1)")
  }

  @Test("completeness by engine: files handed in, measures with a value, problems per engine")
  func completeness() throws {
    let workspace = try Workspace(fixture: "bad")
    defer { workspace.remove() }
    #expect(try workspace.run(["workbook", "2026-Q2", "--lang", "en"]).status == 65)
    let file = XlsxFile(path: workspace.report("committee", "2026-Q2", "xlsx").path)
    let sheet = try file.sheet(named: "Data quality")
    let header = try #require(sheet.row(where: "B", is: "KPI file"))
    // Tourism: both files came; visitors are duplicated and mixed, rooms unreadable (0 of 2);
    // 2 errors in the activity file and 5 in the KPI file.
    #expect(sheet.string(at: "A\(header + 1)") == "Tourism")
    #expect(sheet.string(at: "B\(header + 1)") == "handed in")
    #expect(sheet.string(at: "C\(header + 1)") == "handed in")
    #expect(sheet.string(at: "D\(header + 1)") == "0 of 2")
    #expect(sheet.string(at: "E\(header + 1)") == "Guest rooms; Visitors")
    #expect(sheet.number(at: "F\(header + 1)") == 7)
    #expect(sheet.number(at: "G\(header + 1)") == 0)
    // Rehabilitation: no activity file (a warning); graduates unreadable (an error).
    #expect(sheet.string(at: "A\(header + 2)") == "Rehabilitation")
    #expect(sheet.string(at: "C\(header + 2)") == "not handed in")
    #expect(sheet.string(at: "D\(header + 2)") == "1 of 2")
    #expect(sheet.string(at: "E\(header + 2)") == "Trainees graduated")
    #expect(sheet.number(at: "F\(header + 2)") == 1)
    #expect(sheet.number(at: "G\(header + 2)") == 1)
  }
}
