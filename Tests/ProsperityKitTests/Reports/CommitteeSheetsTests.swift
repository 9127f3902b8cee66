import Foundation
import Testing
import XlsxReading

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports

/// The committee workbook's tabs come from its registry: named in its order, each of them (engine
/// sheets, activities parts, restatements) right to left in Hebrew and set up for print under the
/// name it wanted, whichever stage wrote it.
@Suite("Committee sheets from the registry")
struct CommitteeSheetsTests {
  /// An engine whose name is longer than a tab's 31 characters, and one named like the activities
  /// sheet, whose parts then take numbered names; 130 activities for the first.
  static func report() throws -> (QuarterReport, String) {
    var activities = "activity_id,title,status\n"
    for index in 1...130 { activities += "A-\(index),פעילות \(index),active\n" }
    let files = [
      "engines.csv": "engine,name_he,name_en\n"
        + "agritech,חקלאות מתקדמת בתנאי ספר מדבר ובאזורי הגבול,Advanced Agriculture in Desert-Edge Conditions\n"
        + "tourism,פעילויות,Activities\n",
      "measures.csv": "measure,engine,name_he,name_en,unit,kind\n"
        + "tourism.visitors,tourism,מבקרים,Visitors,count,flow\n",
      "indicators.csv": "indicator,engine,name_he,name_en,unit,formula,direction,headline\n"
        + "tourism.v,tourism,מבקרים,Visitors,count,tourism.visitors,up,yes\n",
      "targets.csv": "indicator,period,target\ntourism.v,2026,1000\n",
      "2026-Q2/agritech-kpis.csv": "measure,value\n",
      "2026-Q2/agritech-activities.csv": activities,
      "2026-Q2/tourism-kpis.csv": "measure,value\ntourism.visitors,300\n",
      "2026-Q2/tourism-activities.csv": "activity_id,title,status\n",
    ]
    let root = try InputsFolder.write(files, prefix: "registry")
    let pipeline = try Pipeline.load(inputs: root)
    return (pipeline.report(for: Quarter(year: 2026, number: 2)!), root)
  }

  /// A restatement of the engine's visitors, as the full report finds one.
  static let restatement = Restatement(
    quarter: Quarter(year: 2026, number: 2)!, indicator: "tourism.v", engine: "tourism",
    name: LocalizedText(he: "מבקרים", en: "Visitors"), unit: .count,
    location: SourceLocation(file: "Reports/2026-Q2/indicators-2026-Q2.csv", line: 2),
    changes: [FieldRestatement(field: .value, published: .number(250), now: .number(300))],
    causes: [.file("Inputs/2026-Q2/tourism-kpis.csv", .edited)])

  @Test("every tab is named by the plan, right to left in Hebrew and printed under its name")
  func everyTab() throws {
    let (early, root) = try Self.report()
    defer { try? FileManager.default.removeItem(atPath: root) }
    // Restatements are found once the earlier quarters are read: only the full report has them.
    var full = early
    full.restatements = [Self.restatement]
    let limits = WorkbookLimits(rowsPerSheet: 60, activitiesPerEngineSheet: 5)
    let path = root + "/committee.xlsx"
    try CommitteeWorkbook.write(early: early, language: .hebrew, to: path, limits: limits) {
      full
    }
    let file = XlsxFile(path: path)
    let plan = WorkbookPlan(full, language: .hebrew, limits: limits)
    let names = try file.sheetNames
    #expect(names == plan.tabs.flatMap { $0 })
    let parts = ["פעילויות (2)", "פעילויות (3)", "פעילויות (4)"]
    #expect(plan.tabs(of: ActivitiesSheet.self) == parts)
    #expect(names[1] == "חקלאות מתקדמת בתנאי ספר מדבר…")
    #expect(names.last == RestatementText.sheet(.hebrew))
    let wanted = CommitteeSheets.all.flatMap { $0.tabs(full, .hebrew, limits) }
    #expect(wanted.count == names.count)
    for (name, title) in zip(names, wanted) {
      let sheet = try file.sheet(named: name)
      #expect(sheet.isRightToLeft, "\(name)")
      #expect(sheet.pageSetup["orientation"] == "landscape", "\(name)")
      // A part of the activities names itself; every other tab the name it wanted, uncut.
      let printed = parts.contains(name) ? name : title
      #expect(sheet.footer == "&R\u{202B}\(printed)\u{202C}&C2026-Q2&L&P / &N", "\(name)")
    }
    #expect(try file.sheet(named: "פעילויות").string(at: "A1") == "פעילויות")
    #expect(try file.sheet(named: parts[0]).string(at: "A5") != nil)
    let repeated = try file.definedNames.filter { $0.name == "_xlnm.Print_Titles" }
      .compactMap { $0.sheet.map { names[$0] } }
    let sheets: [LocalizedText] = [
      ReportText.byLocalitySheet, ReportText.historySheet, ReportText.dataQualitySheet,
      ReportText.definitionsSheet,
    ]
    let expected = Array(names.prefix(2)) + ["פעילויות"] + parts + sheets.map { $0(.hebrew) }
    #expect(Set(repeated) == Set(expected))
  }

  @Test("a workbook started without restatements takes the full report's at the end")
  func restatementsJoinAtTheEnd() throws {
    let (early, root) = try Self.report()
    defer { try? FileManager.default.removeItem(atPath: root) }
    var full = early
    full.restatements = [Self.restatement]
    let limits = WorkbookLimits.standard
    let started = WorkbookPlan(early, language: .english, limits: limits)
    let finished = WorkbookPlan(full, language: .english, limits: limits)
    #expect(started.hasSameSheets(as: finished))
    #expect(started.tabs.last == [])
    #expect(finished.tabs.last == ["Restatements"])
    let path = root + "/committee.xlsx"
    try CommitteeWorkbook.write(early: early, language: .english, to: path, limits: limits) {
      full
    }
    let sheet = try XlsxFile(path: path).sheet(named: "Restatements")
    #expect(sheet.string(at: "D4") == "Field")
    #expect(sheet.number(at: "F5") == 300)
    #expect(!sheet.isRightToLeft)
    #expect(sheet.footer == "&LRestatements&C2026-Q2&RPage &P of &N")
  }

  @Test("the comparison workbook's tabs are right to left in Hebrew and printed under their names")
  func comparisonTabs() throws {
    let pipeline = try Pipeline.load(inputs: ComparisonStreamingTests.fixture)
    let quarters = [Quarter(year: 2026, number: 1)!, Quarter(year: 2026, number: 2)!]
    let comparison = try ComparisonBuilder(dataset: pipeline.dataset)
      .compare(pipeline.report(for: quarters[0]), pipeline.report(for: quarters[1]))
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("comparison-\(UUID().uuidString).xlsx").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try ComparisonWorkbook.write(comparison, language: .hebrew, to: path)
    let file = XlsxFile(path: path)
    let titles = ComparisonWorkbook.sheets.map { $0.title(.hebrew) }
    #expect(try file.sheetNames == titles)
    for title in titles {
      let sheet = try file.sheet(named: title)
      #expect(sheet.isRightToLeft, "\(title)")
      #expect(sheet.footer == "&R\u{202B}\(title)\u{202C}&C2026-Q2&L&P / &N", "\(title)")
    }
  }
}
