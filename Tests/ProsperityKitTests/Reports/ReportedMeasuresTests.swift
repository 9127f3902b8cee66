import Foundation
import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityModel

/// Every measure an engine reported this quarter is on its report, used by an indicator or not,
/// with its value, unit, source and the indicators that read it.
@Suite struct ReportedMeasuresTests {
  @Test func everyReportedMeasureWithItsValueSourceAndIndicators() throws {
    let folder = try InputsFolder.write(
      [
        "engines.csv": "engine,name_he,name_en\nm,מדיה,Media\n",
        "measures.csv": """
        measure,engine,name_he,name_en,unit,kind
        m.spend,m,הוצאה,Spend,ils,flow
        m.productions,m,הפקות,Productions,count,flow
        m.students,m,סטודנטים,Students,count,stock
        m.unreported,m,לא דווח,Not reported,count,stock

        """,
        "indicators.csv": """
        indicator,engine,name_he,name_en,unit,formula,direction,headline
        m.per,m,להפקה,Per production,ils,m.spend / m.productions,up,yes
        m.total,m,הפקות,Productions,count,m.productions,up,yes

        """,
        "2026-Q3/m-kpis.csv": """
        measure,value,locality,source,notes
        m.students,626,,Sapir College,
        m.productions,13,,Film commission,
        m.spend,"₪3,519,000",,Producers,incl. VAT

        """,
      ], prefix: "reported-measures")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let pipeline = try Pipeline.load(inputs: folder)
    let reported = pipeline.report(for: Quarter(year: 2026, number: 3)!).reportedMeasures(of: "m")
    // In the KPI file's order; m.unreported has no row and is not "reported".
    #expect(reported.map(\.measure.id) == ["m.students", "m.productions", "m.spend"])
    #expect(reported.map(\.value) == [.value(626), .value(13), .value(3_519_000)])
    #expect(reported.map(\.measure.unit) == [.count, .count, .ils])
    #expect(reported.map(\.sources) == [["Sapir College"], ["Film commission"], ["Producers"]])
    #expect(reported[2].notes == ["incl. VAT"])
    #expect(reported.map { $0.indicators.map(\.id) } == [[], ["m.per", "m.total"], ["m.per"]])
    #expect(reported[0].location.line == 2)
  }
}
