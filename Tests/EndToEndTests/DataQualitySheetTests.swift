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
    #expect(names.suffix(5).first == name)
    #expect(names.last == (language == "he" ? "הגדרות" : "Definitions"))
    let sheet = try file.sheet(named: name)
    // Layout: title, counts, a blank row, the header on row 4, then one row per diagnostic;
    // column B is the location, D the rejected row.
    var rejected: [String: String] = [:]
    var row = 5
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
    #expect(sheet.frozenPane?.rows == 4)
  }
}
