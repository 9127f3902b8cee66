import Foundation
import Testing

@testable import ProsperityInput
@testable import ProsperityModel

/// The optional `phasing` column of indicators.csv, through the real catalog loader.
@Suite struct PhasingColumnTests {
  private func load(_ rows: String, header: String = "phasing") throws -> (Catalog, DiagnosticLog) {
    let folder = try InputsFolder.write(
      [
        "engines.csv": "engine,name_he,name_en\nt,תיירות,Tourism\n",
        "measures.csv": "measure,engine,name_he,name_en,unit,kind\n"
          + "t.visitors,t,מבקרים,Visitors,count,flow\nt.rooms,t,חדרים,Rooms,count,stock\n",
        "indicators.csv":
          "indicator,engine,name_he,name_en,unit,formula,direction,headline,\(header)\n" + rows,
        "targets.csv": "indicator,period,target\n",
        "localities.csv": "locality,name_he,name_en\n",
      ], prefix: "phasing")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let (catalog, _, log) = try CatalogLoader.load(from: folder)
    return (catalog, log)
  }

  @Test func linearByDefaultSeasonalWhereSaid() throws {
    let (catalog, log) = try load(
      "t.a,t,א,A,count,t.visitors,up,yes,\nt.b,t,ב,B,count,t.visitors,up,yes,Seasonal\n"
        + "t.c,t,ג,C,count,t.visitors,up,yes,linear\n")
    #expect(log.entries.isEmpty, "\(log.entries)")
    #expect(catalog.indicators.map(\.phasing) == [.linear, .seasonal, .linear])
  }

  @Test func withoutTheColumnEveryIndicatorIsLinear() throws {
    let (catalog, log) = try load("t.a,t,א,A,count,t.visitors,up,yes,x\n", header: "note")
    #expect(catalog.indicators.map(\.phasing) == [.linear])
    #expect(log.entries.map(\.message.english) == ["unknown column 'note' (not read)"])
  }

  @Test func anUnknownValueIsAnErrorAtItsCellAndKeepsLinear() throws {
    let (catalog, log) = try load("t.a,t,א,A,count,t.visitors,up,yes,weekly\n")
    #expect(catalog.indicators.map(\.phasing) == [.linear], "the indicator itself is kept")
    let error = try #require(log.entries.first)
    #expect(error.severity == .error)
    #expect(error.location?.description.hasSuffix("indicators.csv:2:35") == true)
    #expect(
      error.message.english
        == "unknown phasing 'weekly' (linear | seasonal); the default linear was kept")
  }

  @Test func seasonalOnAnIndicatorThatDoesNotAccumulateChangesNothing() throws {
    let (catalog, log) = try load("t.a,t,א,A,count,t.rooms,up,yes,seasonal\n")
    #expect(catalog.indicators.map(\.phasing) == [.linear])
    #expect(log.entries.map(\.severity) == [.warning])
  }
}
