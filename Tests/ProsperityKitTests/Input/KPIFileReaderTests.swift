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

/// The per-locality rules of KPI files, read through the real loader from files on disk.
@Suite struct KPIFileReaderTests {
  static let localities = """
    locality,name_he,name_en
    sderot,שדרות,Sderot
    netivot,נתיבות,Netivot
    shaar_hanegev,שער הנגב,Sha'ar HaNegev

    """

  /// Writes a one-engine inputs folder with the given KPI file for 2026-Q1 and loads it.
  private func load(kpis: String) throws -> (Dataset, DiagnosticLog, String) {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("kpi-\(UUID().uuidString)").path
    let quarter = root + "/2026-Q1"
    try FileManager.default.createDirectory(atPath: quarter, withIntermediateDirectories: true)
    let files = [
      "engines.csv": "engine,name_he,name_en\ntourism,תיירות,Tourism\n",
      "localities.csv": Self.localities,
      "measures.csv": """
      measure,engine,name_he,name_en,unit,kind
      tourism.visitors,tourism,מבקרים,Visitors,count,flow
      tourism.rooms,tourism,חדרים,Rooms,count,stock

      """,
      "indicators.csv":
        "indicator,engine,name_he,name_en,unit,formula,direction,headline\n"
        + "tourism.v,tourism,מבקרים,Visitors,count,tourism.visitors,up,yes\n",
      "2026-Q1/tourism-kpis.csv": kpis,
      "2026-Q1/tourism-activities.csv": "activity_id,title,status\n",
    ]
    for (name, text) in files {
      try text.write(toFile: root + "/" + name, atomically: true, encoding: .utf8)
    }
    let (dataset, log) = try InputsLoader.load(from: root)
    return (dataset, log, quarter + "/tourism-kpis.csv")
  }

  private func visitors(_ dataset: Dataset) -> MeasureReport? {
    dataset.engineQuarter("tourism", Quarter(year: 2026, number: 1)!)?.measures["tourism.visitors"]
  }

  @Test func sumsEveryLocalityWrittenInEitherLanguage() throws {
    let (dataset, log, _) = try load(
      kpis:
        "measure,value,locality\ntourism.visitors,10,Sderot\ntourism.visitors,\"1,000\",נתיבות\n"
        + "tourism.visitors,5,shaar hanegev\ntourism.rooms,7,\n")
    #expect(visitors(dataset)?.value == .value(1015))
    #expect(visitors(dataset)?.byLocality["netivot"] == .value(1000))
    #expect(!log.hasErrors)
  }

  @Test func localitiesAddingUpPastDoublesRangeLeaveTheRegionWithoutAValue() throws {
    let huge = "1" + String(repeating: "0", count: 308)
    let (dataset, _, _) = try load(
      kpis: "measure,value,locality\ntourism.visitors,\(huge),Sderot\n"
        + "tourism.visitors,\(huge),Netivot\ntourism.visitors,\(huge),Sha'ar HaNegev\n")
    #expect(visitors(dataset)?.byLocality["sderot"] == .value(1e308))
    #expect(visitors(dataset)?.value.value == nil)
  }

  @Test func aMissingLocalityLeavesTheRegionWithoutAValueAndSaysWhich() throws {
    let (dataset, log, path) = try load(
      kpis: "measure,value,locality\ntourism.visitors,10,Sderot\ntourism.visitors,n/a,Netivot\n"
        + "tourism.visitors,5,shaar_hanegev\ntourism.rooms,7,\n")
    #expect(visitors(dataset)?.value.value == nil)
    #expect(visitors(dataset)?.value.reason?.english.contains("Netivot") == true)
    let warnings = log.entries.filter { $0.severity == .warning }.map { $0.rendered(in: .english) }
    #expect(
      warnings.contains(
        "\(path):3:18: warning: no value reported for tourism.visitors (empty or n/a)"))
    #expect(!log.hasErrors)
  }

  @Test func duplicatesMixingAndUnknownsAreErrorsThatKeepTheRow() throws {
    let (dataset, log, path) = try load(
      kpis: "measure,value,locality\ntourism.visitors,10,Sderot\ntourism.visitors,11,Sderot\n"
        + "tourism.rooms,7,\ntourism.rooms,8,Sderot\ntourism.nope,1,\ntourism.rooms,2,Gaza\n")
    let errors = log.entries.filter { $0.severity == .error }
    #expect(
      errors.map { $0.location?.description } == [
        "\(path):3:1", "\(path):5:17", "\(path):6:1", "\(path):7:17",
      ])
    #expect(
      errors.map(\.rejectedRow) == [
        "tourism.visitors,11,Sderot", "tourism.rooms,8,Sderot", "tourism.nope,1,",
        "tourism.rooms,2,Gaza",
      ])
    #expect(visitors(dataset)?.value.value == nil)
    let rooms = dataset.engineQuarter("tourism", Quarter(year: 2026, number: 1)!)?.measures[
      "tourism.rooms"]
    #expect(rooms?.value.value == nil)
  }

  @Test func anUnparseableValueIsAnErrorNeverAZero() throws {
    let (dataset, log, path) = try load(kpis: "measure,value\ntourism.rooms,7 rooms\n")
    let rooms = dataset.engineQuarter("tourism", Quarter(year: 2026, number: 1)!)?.measures[
      "tourism.rooms"]
    #expect(rooms?.value.value == nil)
    #expect(log.entries.first { $0.severity == .error }?.location?.description == "\(path):2:15")
  }
}
