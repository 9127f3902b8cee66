import Foundation
import Testing
import XlsxReading

/// Page 1 of the clean fixture's 2026-Q2: the key messages, the data's cut-off and legend, every
/// red and amber indicator, the headline indicators with live attainment, the status counts with
/// their chart and a live check over the engine sheets, activities and budget with live totals.
@Suite("Summary dashboard read back")
struct SummarySheetTests {
  @Test("key messages first, then the data's cut-off and legend; the fingerprint on Definitions")
  func keyMessagesAndDetails() throws {
    let workbook = try WrittenWorkbook()
    defer { workbook.remove() }
    let summary = try workbook.sheet("סיכום")
    #expect(summary.string(at: "A4") == "מסרים עיקריים")
    // Three red, one amber and two green of six, against two red, one green and three grey in
    // 2026-Q1, when visitors, rooms and the graduation rate had no value yet.
    #expect(
      summary.string(at: "A5")
        == "• מצב 6 המדדים: 3 באדום, 1 בצהוב, 2 בירוק ו-0 באפור (לעומת 2 באדום, 0 בצהוב, "
        + "1 בירוק ו-3 באפור ברבעון \u{200E}2026-Q1\u{200E}).")
    #expect(summary.string(at: "A7") == "• לאף אחד מ-3 המדדים באדום אין הסבר מהמנוע.")
    #expect(summary.string(at: "A10") == nil)  // five messages, then a blank row
    #expect(summary.string(at: "A11") == "הנתונים נכונים ל")
    #expect(summary.string(at: "B11")?.contains("2026-06-30") == true)
    #expect(summary.string(at: "B12") == "שגיאות: 0, אזהרות: 1")
    #expect(summary.string(at: "B13")?.hasPrefix("● ירוק: עמידה ביעד של 100% ומעלה") == true)
    // How the file was made is technical: on Definitions, not on page 1.
    let texts = summary.cells.keys.compactMap { summary.text(at: $0) }
    #expect(!texts.contains { $0.contains("SHA-256") || $0.contains("9 קובצי קלט") })
    #expect(summary.frozenPane?.rows == 2)  // only the title stays in view (issue #14 item 11)
    let definitions = try workbook.sheet("הגדרות")
    let made = try #require(definitions.row(where: "A", is: "טביעת אצבע של הקלט"))
    #expect(definitions.string(at: "B\(made)")?.contains("SHA-256") == true)
    #expect(definitions.string(at: "B\(made - 1)")?.contains("9 קובצי קלט") == true)
    // No clock time anywhere: the document's dates are the quarter's last day.
    let core = try workbook.file.member("docProps/core.xml")
    #expect(core.contains("2026-06-30T00:00:00Z"))
  }

  @Test("a file not handed in is a key message, on page 1 and in the text summary")
  func missingFile() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    try FileManager.default.removeItem(
      at: workspace.inputs.appendingPathComponent("2026-Q2/tourism-activities.csv"))
    let printed = try workspace.run(["summary", "2026-Q2", "--lang", "en"])
    #expect(printed.stdout.contains("\n  • Missing files: Tourism (activity file).\n"))
    #expect(try workspace.run(["workbook", "2026-Q2"]).status == 0)
    let summary = try XlsxFile(path: workspace.report("committee", "2026-Q2", "xlsx").path)
      .sheet(named: "סיכום")
    #expect(summary.string(at: "A8") == "• קבצים חסרים: תיירות (קובץ פעילויות).")
  }

  @Test("every red indicator, then every amber one, with basis, year on year and comment")
  func exceptions() throws {
    let workbook = try WrittenWorkbook()
    defer { workbook.remove() }
    let summary = try workbook.sheet("סיכום")
    #expect(summary.string(at: "A15") == "מדדים באדום ובצהוב – לדיון בוועדה")
    #expect(summary.string(at: "I16") == "הערת המנוע")
    #expect(
      (17...20).map { summary.string(at: "A\($0)") } == [
        "ביצוע תקציב", "בוגרים", "נושרים", "מבקרים באזור",
      ])
    #expect(
      (17...20).map { summary.string(at: "C\($0)") } == [
        "○ אדום", "○ אדום", "○ אדום", "▲ צהוב",
      ])
    #expect(summary.string(at: "B18") == "שיקום ושילוב בקהילה")
    #expect(summary.number(at: "D18") == 45)  // graduates, year to date
    #expect(summary.string(at: "E18") == "מצטבר מול יעד שנתי × 2/4")
    #expect(summary.number(at: "F18") == 200)
    #expect(summary.number(at: "G18") == 0.45)  // 45 of 200 × 2/4
    #expect(summary.string(at: "H18") == "\u{200E}+60%\u{200E}")
    // A rate moves in percentage points: budget execution 12.5% a year ago, 25.0% now.
    #expect(summary.string(at: "H17") == "\u{200E}+12.5 נק' אחוז\u{200E}")
    #expect(summary.string(at: "I17") == "⚑ לא נמסר הסבר")
    #expect(summary.string(at: "I20") == "לא נמסר הסבר")
    #expect(summary.string(at: "A21") == nil)
  }

  @Test("headline indicators under their engine: attainment and status live, both changes")
  func headline() throws {
    let workbook = try WrittenWorkbook()
    defer { workbook.remove() }
    let summary = try workbook.sheet("סיכום")
    #expect(summary.frozenPane?.rows == 2)  // the title and the line under it (issue #14 item 11)
    #expect(summary.string(at: "A22") == "מדדי מפתח")
    #expect(summary.string(at: "H23") == "מול רבעון קודם")
    #expect(summary.string(at: "I23") == "מול אשתקד")
    #expect(summary.string(at: "A24") == "תיירות")  // the engine's band
    #expect(summary.string(at: "A25") == "מבקרים באזור")
    #expect(summary.number(at: "B25") == 18000)
    #expect(summary.number(at: "D25") == 20000)  // expected by now
    #expect(summary.formula(at: "F25") == "C25/D25")
    #expect(summary.cachedNumber(at: "F25") == 0.9)
    #expect(summary.text(at: "G25") == "▲ צהוב")
    #expect(summary.string(at: "I25") == "\u{200E}+20%\u{200E}")
    // The budget-execution indicator is not a headline one.
    #expect(summary.string(at: "A27") == "שיקום ושילוב בקהילה")
    #expect(summary.formula(at: "F29") == "D29/C29")  // dropouts: lower is better
    #expect(summary.cachedNumber(at: "F29") == 0.6)  // (18 × 2/4) / 15
    #expect(summary.string(at: "H29") == "\u{200E}+500%\u{200E}")  // 20 dropouts after −5
    // Graduation rate 50.0% a year ago, 66.7% now: points, not +33%.
    #expect(summary.string(at: "I28") == "\u{200E}+16.7 נק' אחוז\u{200E}")
  }

  @Test("indicators by status: counts the chart caches, a live check, SUM totals")
  func statusCounts() throws {
    let workbook = try WrittenWorkbook()
    defer { workbook.remove() }
    let summary = try workbook.sheet("סיכום")
    #expect(summary.string(at: "C32") == "● ירוק")
    #expect(summary.number(at: "C33") == 1)
    #expect(summary.number(at: "D33") == 1)
    #expect(summary.number(at: "E33") == 1)
    #expect(summary.number(at: "C34") == 1)  // graduation rate
    #expect(summary.number(at: "E34") == 2)  // graduates, dropouts
    #expect(
      summary.formula(at: "G33")?.hasPrefix(
        "IF(AND(COUNTIF('תיירות'!$M$5:$M$7,\"● ירוק\")=C33,COUNTIF('תיירות'!$M$5:$M$7,") == true)
    #expect(summary.string(at: "G32") == "בדיקה")
    #expect(summary.text(at: "G33") == "✓ כבגיליון המנוע")
    #expect(summary.formula(at: "B35") == "SUM(B33:B34)")
    #expect(summary.cachedNumber(at: "B35") == 6)
    #expect(summary.cachedNumber(at: "C35") == 2)
    let charts = try workbook.file.charts(onSheet: "סיכום")
    #expect(charts.count == 1)
    let chart = try #require(charts.first)
    #expect(chart.kind == "barChart")
    #expect(chart.title == "מדדים לפי סטטוס ומנוע")
    #expect(chart.series.map(\.name) == ["● ירוק", "▲ צהוב", "○ אדום", "– אפור"])
    #expect(
      chart.series.map(\.values) == ["C", "D", "E", "F"].map { "'סיכום'!$\($0)$33:$\($0)$34" })
    #expect(chart.series.allSatisfy { $0.categories == "'סיכום'!$A$33:$A$34" })
    // Issue #14 item 15: what the chart caches is the counts, not zeros.
    let cached = try workbook.file.cachedChartValues(onSheet: "סיכום")
    #expect(cached == [[[1, 1], [1, 0], [1, 2], [0, 0]]])
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
