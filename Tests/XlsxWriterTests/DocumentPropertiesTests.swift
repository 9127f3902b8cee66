import Foundation
import Testing
import XlsxReading
import XlsxWriter

@Suite("Document properties and reproducible output")
struct DocumentPropertiesTests {
  /// 2024-03-31T21:00:00Z, far from any test run's clock.
  static let created = Date(timeIntervalSince1970: 1_711_918_800)

  private func writeReport(to path: String) throws {
    let workbook = try Workbook(path: path)
    try workbook.setProperties(
      DocumentProperties(
        title: "דוח רבעוני", subject: "שגשוג", author: "ועדת כספים", manager: "יו\"ר",
        company: "עירייה", category: "דוחות", keywords: "תקציב, רבעון", comments: "נוצר אוטומטית",
        created: Self.created))
    let sheet = try workbook.addWorksheet(named: "סיכום")
    try sheet.write("סעיף", row: 0, column: 0, style: CellStyle(bold: true))
    try sheet.write(1234.5, row: 1, column: 1, style: CellStyle(numberFormat: "#,##0.00"))
    try sheet.writeComment(row: 1, column: 1, text: "הערה")
    let chart = try workbook.addChart(.column)
    try chart.addSeries(
      name: "סכום", categories: nil,
      values: CellReference.rangeFormula(
        sheet: "סיכום", firstRow: 1, firstColumn: 1, lastRow: 1, lastColumn: 1))
    try sheet.insertChart(row: 3, column: 0, chart: chart)
    try workbook.defineName("Total", formula: "='סיכום'!$B$2")
    try workbook.close()
  }

  @Test func coreXMLCarriesTheGivenCreationDateAndText() throws {
    let scratch = try ScratchDirectory()
    let path = scratch.path("props.xlsx")
    try writeReport(to: path)
    let core = try XlsxFile(path: path).xml("docProps/core.xml")
    #expect(core.child(named: "created")?.text == "2024-03-31T21:00:00Z")
    #expect(core.child(named: "modified")?.text == "2024-03-31T21:00:00Z")
    #expect(core.child(named: "title")?.text == "דוח רבעוני")
    #expect(core.child(named: "creator")?.text == "ועדת כספים")
    #expect(core.child(named: "keywords")?.text == "תקציב, רבעון")
    #expect(core.child(named: "description")?.text == "נוצר אוטומטית")
    let app = try XlsxFile(path: path).member("docProps/app.xml")
    #expect(app.contains("<Company>עירייה</Company>"))
    #expect(
      app.contains("<Manager>יו\"ר</Manager>") || app.contains("<Manager>יו&quot;ר</Manager>"))
  }

  @Test func sameContentAndDateGiveByteIdenticalFiles() throws {
    let scratch = try ScratchDirectory()
    try writeReport(to: scratch.path("a.xlsx"))
    // Crossing a second boundary would expose any clock-derived timestamp.
    Thread.sleep(forTimeInterval: 1.1)
    try writeReport(to: scratch.path("b.xlsx"))
    let first = try Data(contentsOf: URL(fileURLWithPath: scratch.path("a.xlsx")))
    let second = try Data(contentsOf: URL(fileURLWithPath: scratch.path("b.xlsx")))
    #expect(first == second)
  }

  @Test func epochCreationDateIsRefused() throws {
    let scratch = try ScratchDirectory()
    let workbook = try Workbook(path: scratch.path("epoch.xlsx"))
    #expect(throws: XlsxError.self) {
      try workbook.setProperties(DocumentProperties(created: Date(timeIntervalSince1970: 0)))
    }
    try workbook.close()
  }
}
