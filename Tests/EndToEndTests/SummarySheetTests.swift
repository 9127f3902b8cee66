import Foundation
import Testing
import XlsxReading

/// The summary dashboard of the clean fixture's 2026-Q2: its header block, the headline
/// indicators with live attainment, the status counts over the engine sheets and their chart,
/// activities and budget with live totals.
@Suite("Summary dashboard read back")
struct SummarySheetTests {
  @Test("header block: quarter, the data's cut-off, generation details and the legend")
  func headerBlock() throws {
    let workbook = try WrittenWorkbook()
    defer { workbook.remove() }
    let summary = try workbook.sheet("סיכום")
    #expect(summary.string(at: "A5") == "רבעון")
    #expect(summary.string(at: "B5") == "\u{200E}2026-Q2\u{200E}")
    #expect(summary.string(at: "B6")?.contains("2026-06-30") == true)
    // Five catalog files and the quarter's four.
    #expect(summary.string(at: "B7")?.contains("9 קובצי קלט") == true)
    #expect(summary.string(at: "B9") == "שגיאות: 0, אזהרות: 1")
    #expect(summary.string(at: "B10")?.hasPrefix("● ירוק: עמידה ביעד של 100% ומעלה") == true)
    // No clock time anywhere: the document's dates are the quarter's last day.
    let core = try workbook.file.member("docProps/core.xml")
    #expect(core.contains("2026-06-30T00:00:00Z"))
  }

  @Test("headline indicators under their engine, attainment and status live")
  func headline() throws {
    let workbook = try WrittenWorkbook()
    defer { workbook.remove() }
    let summary = try workbook.sheet("סיכום")
    #expect(summary.frozenPane?.rows == 2)  // the title and the line under it (issue #14 item 11)
    #expect(summary.string(at: "A14") == "תיירות")  // the engine's band
    #expect(summary.string(at: "A15") == "מבקרים באזור")
    #expect(summary.number(at: "B15") == 18000)
    #expect(summary.number(at: "D15") == 20000)  // expected by now
    #expect(summary.formula(at: "F15") == "C15/D15")
    #expect(summary.cachedNumber(at: "F15") == 0.9)
    #expect(summary.text(at: "G15") == "▲ צהוב")
    // The budget-execution indicator is not a headline one.
    #expect(summary.string(at: "A17") == "שיקום ושילוב בקהילה")
    #expect(summary.formula(at: "F19") == "D19/C19")  // dropouts: lower is better
    #expect(summary.cachedNumber(at: "F19") == 0.6)  // (18 × 2/4) / 15
    #expect(summary.number(at: "H19") == 5)  // 20 dropouts after −5: (20 + 5) / 5
  }

  @Test("indicators by status: COUNTIF over each engine sheet, SUM totals, a stacked bar chart")
  func statusCounts() throws {
    let workbook = try WrittenWorkbook()
    defer { workbook.remove() }
    let summary = try workbook.sheet("סיכום")
    #expect(summary.string(at: "C22") == "● ירוק")
    #expect(summary.formula(at: "C23") == "COUNTIF('תיירות'!$M$5:$M$7,\"● ירוק\")")
    #expect(summary.cachedNumber(at: "C23") == 1)
    #expect(summary.cachedNumber(at: "D23") == 1)
    #expect(summary.cachedNumber(at: "E23") == 1)
    #expect(summary.cachedNumber(at: "C24") == 1)  // graduation rate
    #expect(summary.cachedNumber(at: "E24") == 2)  // graduates, dropouts
    #expect(summary.formula(at: "B25") == "SUM(B23:B24)")
    #expect(summary.cachedNumber(at: "B25") == 6)
    #expect(summary.cachedNumber(at: "C25") == 2)
    let charts = try workbook.file.charts(onSheet: "סיכום")
    #expect(charts.count == 1)
    let chart = try #require(charts.first)
    #expect(chart.kind == "barChart")
    #expect(chart.title == "מדדים לפי סטטוס ומנוע")
    #expect(chart.series.map(\.name) == ["● ירוק", "▲ צהוב", "○ אדום", "– אפור"])
    #expect(
      chart.series.map(\.values) == ["C", "D", "E", "F"].map { "'סיכום'!$\($0)$23:$\($0)$24" })
    #expect(chart.series.allSatisfy { $0.categories == "'סיכום'!$A$23:$A$24" })
  }

  @Test("activities and budget by engine, with live totals and execution")
  func activitiesAndBudget() throws {
    let workbook = try WrittenWorkbook()
    defer { workbook.remove() }
    let summary = try workbook.sheet("סיכום")
    let header = try #require(summary.row(where: "B", is: "פעילויות"))
    let tourism = header + 1
    let total = header + 3
    #expect(summary.number(at: "B\(tourism)") == 2)
    #expect(summary.number(at: "D\(tourism)") == 1)  // active
    #expect(summary.number(at: "F\(tourism)") == 1)  // delayed
    #expect(summary.number(at: "H\(tourism)") == 160_000)
    #expect(summary.number(at: "I\(tourism)") == 40_000)
    #expect(summary.cachedNumber(at: "J\(tourism)") == 0.25)
    #expect(summary.string(at: "A\(total)") == "סה\"כ")
    #expect(summary.formula(at: "H\(total)") == "SUM(H\(tourism):H\(tourism + 1))")
    #expect(summary.cachedNumber(at: "H\(total)") == 210_000)
    #expect(summary.cachedNumber(at: "I\(total)") == 65_000)
    #expect(summary.formula(at: "J\(total)") == "I\(total)/H\(total)")
    // libxlsxwriter writes 16 significant digits, the last bit of a double may differ.
    let execution = try #require(summary.cachedNumber(at: "J\(total)"))
    #expect(abs(execution - 65_000.0 / 210_000.0) < 1e-15)
  }
}
