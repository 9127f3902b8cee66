import Foundation
import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports
@testable import ProsperityStore
@testable import ProsperitySupport

/// Figures each within Double's range whose sums, medians or differences are not: no report may
/// show an infinity.
@Suite("Figures near Double's limits")
struct HugeFiguresTests {
  static let quarters = ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"]

  /// One engine whose flow measure has `values` in `quarters`, in order.
  static func dataset(_ values: [String]) throws -> Dataset {
    var files = [
      "engines.csv": "engine,name_he,name_en\ntourism,תיירות,Tourism\n",
      "measures.csv": "measure,engine,name_he,name_en,unit,kind\n"
        + "tourism.visitors,tourism,מבקרים,Visitors,count,flow\n",
      "indicators.csv": "indicator,engine,name_he,name_en,unit,formula,direction,headline\n"
        + "tourism.v,tourism,מבקרים,Visitors,count,tourism.visitors,up,yes\n",
    ]
    for (quarter, value) in zip(quarters, values) {
      files["\(quarter)/tourism-kpis.csv"] = "measure,value\ntourism.visitors,\(value)\n"
      files["\(quarter)/tourism-activities.csv"] = "activity_id,title,status\n"
    }
    let root = try InputsFolder.write(files, prefix: "huge")
    defer { try? FileManager.default.removeItem(atPath: root) }
    return try InputsLoader.load(from: root).0
  }

  static func plain(_ value: Double) -> String { String(format: "%.0f", value) }

  @Test("a year to date that adds up past the range has no value")
  func yearToDate() throws {
    let big = Self.plain(1.7e308)
    let dataset = try Self.dataset(["1", "2", "3", "4", big, big])
    var missing: Set<Quarter> = []
    let q2 = Quarter(year: 2026, number: 2)!
    let lookup = MeasureLookup(dataset: dataset)
    #expect(
      lookup.quarterFigure("tourism.visitors", engine: "tourism", quarter: q2).value == 1.7e308)
    let ytd = lookup.yearToDateFigure(
      "tourism.visitors", engine: "tourism", quarter: q2, missing: &missing)
    #expect(ytd.value == nil)
  }

  @Test("a history whose median is past the range is not scored, and says why")
  func outliers() throws {
    let dataset = try Self.dataset(
      ["1.7e308", "1.7e308", "1.6e308", "1.7e308", "1", "1"].map { Self.plain(Double($0)!) })
    let (outliers, unscored) = OutlierCheck(
      dataset: dataset, quarter: Quarter(year: 2026, number: 1)!
    )
    .run()
    #expect(outliers.allSatisfy { ($0.zScore ?? 0).isFinite && ($0.median ?? 0).isFinite })
    #expect(unscored.map(\.reason) == [Messages.tooLargeToScore])
  }
}
