import Foundation
import Testing
import XlsxReading

/// The workbook's by-locality, history and activities sheets, and the trend charts of the engine
/// sheets, for the clean fixture's 2026-Q2.
@Suite("Workbook sheets read back")
struct WorkbookSheetsTests {
  @Test("by locality: nine authorities, a live total, the file's source and notes as a note")
  func byLocality() throws {
    let workbook = try WrittenWorkbook()
    defer { workbook.remove() }
    let sheet = try workbook.sheet("לפי רשות")
    #expect(sheet.string(at: "C4") == "שדרות")
    #expect(sheet.string(at: "K4") == "בני שמעון")
    #expect(sheet.string(at: "L4") == "סה\"כ")
    #expect(sheet.string(at: "A5") == "תיירות")  // the engine's band
    #expect(sheet.string(at: "A6") == "מבקרים")
    #expect(sheet.number(at: "C6") == 3000)
    #expect(sheet.number(at: "D6") == 2500)
    #expect(sheet.number(at: "K6") == 1500)
    #expect(sheet.formula(at: "L6") == "SUM(C6:K6)")
    #expect(sheet.cachedNumber(at: "L6") == 18000)
    #expect(sheet.string(at: "A7") == nil)  // rooms are region-wide; rehabilitation has none
    let notes = try workbook.file.comments(onSheet: "לפי רשות")
    #expect(notes["A6"] == "מקור: survey · הערות: counted at\nthe gate")
  }

  @Test("engine sheet: the KPI file's source travels with the quarter value as a note")
  func sourceNotes() throws {
    let workbook = try WrittenWorkbook(["--lang", "en"])
    defer { workbook.remove() }
    let notes = try workbook.file.comments(onSheet: "Tourism")
    #expect(notes["C5"] == "Visitors – Source: survey · Notes: counted at\nthe gate")
    #expect(notes["C6"] == "Guest rooms – Source: ministry")
    #expect(notes["C7"] == nil)  // budget execution comes from the activity file
  }

  @Test("history: every indicator in every quarter in one Excel table")
  func history() throws {
    let workbook = try WrittenWorkbook(["--lang", "en"])
    defer { workbook.remove() }
    let sheet = try workbook.sheet("Indicator history")
    let tables = try workbook.file.tables(onSheet: "Indicator history")
    // Six indicators × five quarters (2025-Q2 … 2026-Q2) below the header on row 4.
    #expect(tables.map(\.ref) == ["A4:M34"])
    #expect(tables.first?.columns.first == "Quarter")
    #expect(sheet.frozenPane?.rows == 4)
    // The latest quarter first; the id and the reason after the columns printed.
    #expect(sheet.string(at: "A5") == "2026-Q2")
    #expect(sheet.string(at: "L5") == "tourism.visitors_total")
    #expect(sheet.number(at: "E5") == 18000)
    #expect(sheet.number(at: "J5") == 0.9)
    #expect(sheet.string(at: "K5") == "▲ amber")
    #expect(sheet.string(at: "A11") == "2026-Q1")
    #expect(sheet.number(at: "E11") == nil)  // no tourism KPI file that quarter: no value, not 0
    #expect(sheet.string(at: "M11")?.contains("not handed in") == true)
    #expect(sheet.string(at: "A34") == "2025-Q2")
    #expect(sheet.string(at: "L34") == "rehabilitation.dropouts")
    // On paper: the last eight quarters (here all five), quarter to status, under the header.
    let areas = try workbook.file.definedNames.filter { $0.name == "_xlnm.Print_Area" }
    #expect(areas.map(\.formula).contains("'Indicator history'!$A$1:$K$34"))
  }

  @Test("activities: every activity of the quarter in one table, execution live")
  func activities() throws {
    let workbook = try WrittenWorkbook(["--lang", "en"])
    defer { workbook.remove() }
    let sheet = try workbook.sheet("Activities")
    #expect(try workbook.file.tables(onSheet: "Activities").map(\.ref) == ["A4:O7"])
    #expect(sheet.string(at: "B5") == "TOU-1")
    #expect(sheet.string(at: "A5") == "Tourism")
    #expect(sheet.string(at: "D5") == "active")
    #expect(sheet.formula(at: "K5") == "J5/I5")
    #expect(sheet.cachedNumber(at: "K5") == 0.3)
    #expect(sheet.string(at: "O6") == "tourism-activities.csv:3")
    #expect(sheet.string(at: "B7") == "REH-1")
    #expect(sheet.string(at: "A7") == "Rehabilitation")
  }

  @Test("trend: eight quarters of each headline indicator and a line chart of each with its target")
  func trendCharts() throws {
    let workbook = try WrittenWorkbook()
    defer { workbook.remove() }
    let tourism = try workbook.sheet("תיירות")
    // The table's rows are 2024-Q3 … 2026-Q2 on rows 13–20.
    #expect(tourism.string(at: "A13") == "2024-Q3")
    #expect(tourism.string(at: "A20") == "2026-Q2")
    #expect(tourism.number(at: "B16") == 15000)  // 2025-Q2
    #expect(tourism.number(at: "C16") == nil)  // no 2025 target
    #expect(tourism.number(at: "B19") == nil)  // 2026-Q1: a gap, not 0
    #expect(tourism.number(at: "C19") == 10000)  // a quarter of 40,000
    #expect(tourism.number(at: "B20") == 18000)
    #expect(tourism.number(at: "E20") == 460)  // the quarter's own target
    #expect(tourism.number(at: "E19") == 500)  // a stock: the annual target as it is
    let charts = try workbook.file.charts(onSheet: "תיירות")
    #expect(charts.map(\.title) == ["מבקרים באזור", "חדרי אירוח פעילים"])
    #expect(charts.allSatisfy { $0.kind == "lineChart" })
    let visitors = try #require(charts.first)
    #expect(visitors.series.map(\.name) == ["ערך ברבעון", "יעד לרבעון"])
    #expect(visitors.series.map(\.values) == ["'תיירות'!$B$13:$B$20", "'תיירות'!$C$13:$C$20"])
    #expect(visitors.series.allSatisfy { $0.categories == "'תיירות'!$A$13:$A$20" })
    #expect(try workbook.file.charts(onSheet: "שיקום ושילוב בקהילה").count == 2)
  }
}
