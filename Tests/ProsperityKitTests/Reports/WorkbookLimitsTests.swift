import Foundation
import Testing
import XlsxReading

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports
@testable import ProsperityStore
@testable import ProsperitySupport

/// A quarter too large for Excel's sheets, scaled down: with small limits the workbook splits the
/// activities sheet, caps the engine sheet's list and the data-quality sheet with a note, and in
/// constant-memory mode still writes a valid file whose cells read back.
@Suite("Workbook limits: split, cap, constant memory")
struct WorkbookLimitsTests {
  static let activityCount = 130

  /// One engine, two quarters of KPIs, and `activityCount` activities in 2026-Q2 each missing its
  /// participants (a warning apiece).
  static func report(holding: Int = .max, status: String = "active") throws
    -> (QuarterReport, String)
  {
    var activities = "activity_id,title,status,budget_planned,budget_spent,participants\n"
    for index in 1...activityCount {
      activities += "A-\(String(format: "%03d", index)),פעילות \(index),\(status),1000,\(index),\n"
    }
    let files = [
      "engines.csv": "engine,name_he,name_en\ntourism,תיירות,Tourism\n",
      "measures.csv": "measure,engine,name_he,name_en,unit,kind\n"
        + "tourism.visitors,tourism,מבקרים,Visitors,count,flow\n",
      "indicators.csv": "indicator,engine,name_he,name_en,unit,formula,direction,headline\n"
        + "tourism.v,tourism,מבקרים,Visitors,count,tourism.visitors,up,yes\n",
      "targets.csv": "indicator,period,target\ntourism.v,2026,1000\n",
      "2026-Q1/tourism-kpis.csv": "measure,value\ntourism.visitors,200\n",
      "2026-Q1/tourism-activities.csv": "activity_id,title,status\n",
      "2026-Q2/tourism-kpis.csv": "measure,value,source\ntourism.visitors,300,survey\n",
      "2026-Q2/tourism-activities.csv": activities,
    ]
    let root = try InputsFolder.write(files, prefix: "limits")
    let pipeline = try Pipeline.load(inputs: root, holdingActivities: { _ in holding })
    return (pipeline.report(for: Quarter(year: 2026, number: 2)!), root)
  }

  static func write(_ limits: WorkbookLimits) throws -> (XlsxFile, String) {
    let (file, _, root) = try writeReport(limits)
    return (file, root)
  }

  static func writeReport(_ limits: WorkbookLimits) throws -> (XlsxFile, QuarterReport, String) {
    let (report, root) = try report()
    let path = root + "/committee.xlsx"
    try CommitteeWorkbook.write(report, language: .english, to: path, limits: limits)
    return (XlsxFile(path: path), report, root)
  }

  @Test("past the row limit the activities continue on numbered sheets, each saying so")
  func split() throws {
    let limits = WorkbookLimits(rowsPerSheet: 60, activitiesPerEngineSheet: 5)
    let (file, root) = try Self.write(limits)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let names = try file.sheetNames
    let parts = ["Activities", "Activities (2)", "Activities (3)"]
    #expect(names.filter { $0.hasPrefix("Activities") } == parts)
    var ids: [String] = []
    for (index, name) in parts.enumerated() {
      let sheet = try file.sheet(named: name)
      #expect(sheet.lastRow <= 60, "\(name)")
      #expect(sheet.string(at: "A4") == "Engine")
      let rows = index < 2 ? 56 : Self.activityCount - 112
      #expect(try file.tables(onSheet: name).map(\.ref) == ["A4:O\(4 + rows)"])
      for row in 5..<(5 + rows) { ids.append(sheet.string(at: "B\(row)") ?? "?") }
    }
    #expect(ids == (1...Self.activityCount).map { "A-\(String(format: "%03d", $0))" })
    let first = try file.sheet(named: "Activities")
    #expect(
      first.string(at: "A2")
        == "Part 1 of 3: activities 1–56 of 130; continued on the sheet 'Activities (2)' (a sheet "
        + "holds at most 1,048,576 rows)")
    #expect(
      try file.sheet(named: "Activities (3)").string(at: "A2")
        == "Part 3 of 3: activities 113–130 of 130")
    for name in names { #expect(try file.sheet(named: name).lastRow <= 60, "\(name)") }
  }

  @Test("the engine sheet lists the first activities and refers to the activities sheet")
  func engineSheetCap() throws {
    let (file, root) = try Self.write(WorkbookLimits(rowsPerSheet: 60, activitiesPerEngineSheet: 5))
    defer { try? FileManager.default.removeItem(atPath: root) }
    let sheet = try file.sheet(named: "Tourism")
    let note = try #require(
      sheet.row(
        where: "A",
        is: "The first 5 of 130 activities are shown; all of them are on the sheet 'Activities'"))
    #expect(sheet.string(at: "A\(note + 1)") == "Title (as entered)")
    #expect(sheet.string(at: "B\(note + 6)") == "A-005")
    #expect(sheet.string(at: "B\(note + 7)") == nil)
  }

  @Test("the data-quality sheet stops at the limit and says how many rows it left out")
  func qualityCap() throws {
    let (file, report, root) = try Self.writeReport(WorkbookLimits(rowsPerSheet: 60))
    defer { try? FileManager.default.removeItem(atPath: root) }
    let sheet = try file.sheet(named: "Data quality")
    #expect(sheet.lastRow == 60)
    // One warning per activity without participants, and those the catalog raised.
    #expect(report.diagnostics.count > Self.activityCount)
    let header = try #require(sheet.row(where: "A", is: "Severity"))
    let shown = 60 - header
    #expect(
      sheet.string(at: "A\(header - 1)")
        == "The first \(shown) of \(report.diagnostics.count) rows are shown: an Excel sheet holds at "
        + "most 1,048,576 rows")
  }

  @Test("constant-memory mode: no tables (autofilters instead), inline strings, same cells")
  func constantMemory() throws {
    let (file, root) = try Self.write(WorkbookLimits(constantMemoryRows: 100))
    defer { try? FileManager.default.removeItem(atPath: root) }
    let members = try file.memberNames
    #expect(!members.contains { $0.hasPrefix("xl/tables/") })
    #expect(!members.contains("xl/sharedStrings.xml"))
    let activities = try file.sheet(named: "Activities")
    #expect(activities.xml.contains("t=\"inlineStr\""))
    #expect(activities.autoFilterRange == "A4:O\(4 + Self.activityCount)")
    #expect(activities.string(at: "B\(4 + Self.activityCount)") == "A-130")
    #expect(activities.cachedNumber(at: "K5") == 0.001)
    let engine = try file.sheet(named: "Tourism")
    #expect(engine.number(at: "C5") == 300)
    #expect(engine.cachedNumber(at: "L5") == 1)  // 500 of 1,000 × 2/4
    #expect(try file.sheet(named: "Indicator history").autoFilterRange == "A4:M6")
    #expect(try file.charts(onSheet: "Tourism").count == 1)
    // A note is written after its row, before the next: constant-memory mode allows that.
    // The quarter value's source, and how the year end was projected.
    let notes = try file.comments(onSheet: "Tourism")
    #expect(notes["C5"] == "Visitors – Source: survey")
    #expect(notes.keys.sorted() == ["C5", "O5"])
  }
}
