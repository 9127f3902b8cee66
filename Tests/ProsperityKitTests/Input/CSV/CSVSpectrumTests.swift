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

/// The public csv-spectrum conformance cases, read in place from `../shared/testdata` next to
/// the package (they are not copied into the project).
enum CSVSpectrum {
  /// The suite's folder, or `nil` in a checkout without `../shared`.
  static let directory: URL? = {
    // Walk up from this file to the package root, the folder holding Package.swift.
    var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while folder.path != "/" {
      if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path)
      {
        let suite = folder.appendingPathComponent("../shared/testdata/csv-spectrum")
          .standardizedFileURL
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: suite.path, isDirectory: &isFolder)
        return exists && isFolder.boolValue ? suite : nil
      }
      folder.deleteLastPathComponent()
    }
    return nil
  }()

  /// The case names (`csvs/NAME.csv`), sorted; empty when the suite is missing.
  static let caseNames: [String] = {
    guard let directory,
      let files = try? FileManager.default.contentsOfDirectory(
        atPath: directory.appendingPathComponent("csvs").path)
    else { return [] }
    return files.filter { $0.hasSuffix(".csv") }.map { String($0.dropLast(4)) }.sorted()
  }()

  /// Known mistakes in the suite's expected JSON, as (case, column, wrong value, value the CSV
  /// really holds). location_coordinates.json expects a phone number the CSV does not contain
  /// (upstream issue max-mapper/csv-spectrum#20). Applied only while the JSON still holds the
  /// wrong value, so a corrected suite is compared as is.
  static let errata = [
    ("location_coordinates", "Contact Phone Number", "1234567890", "2095257564")
  ]

  /// The records a case must produce, as column name → value, with errata applied.
  static func expectedRecords(_ name: String, in directory: URL) throws -> [[String: String]] {
    let url = directory.appendingPathComponent("json/\(name).json")
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    // Most files hold an array of objects; location_coordinates.json holds one bare object.
    let objects = (json as? [[String: String]]) ?? (json as? [String: String]).map { [$0] }
    var records = try #require(objects, "\(name).json is not an object or array of objects")
    for (erratumCase, column, wrong, right) in errata where erratumCase == name {
      for index in records.indices where records[index][column] == wrong {
        records[index][column] = right
      }
    }
    return records
  }
}

@Suite(
  .enabled(
    if: CSVSpectrum.directory != nil,
    "csv-spectrum not found at ../shared/testdata/csv-spectrum next to the package; skipped"))
struct CSVSpectrumTests {
  @Test func findsTheWholeSuite() {
    // A wrong path or an emptied folder must not pass silently with zero cases.
    #expect(CSVSpectrum.caseNames.count >= 12)
    #expect(CSVSpectrum.caseNames.contains("location_coordinates"))
  }

  @Test(arguments: CSVSpectrum.caseNames)
  func readsEveryCaseAsExpected(name: String) throws {
    let directory = try #require(CSVSpectrum.directory)
    let bytes = try [UInt8](Data(contentsOf: directory.appendingPathComponent("csvs/\(name).csv")))
    let decoded = try TextDecoding.decode(bytes).get()
    #expect(decoded.encoding == .utf8)
    let table = CSVTable(utf8: decoded.utf8)
    let header = try #require(table.header)
    #expect(table.issues.isEmpty)
    for row in table.rows {
      #expect(row.fields.count == header.record.fields.count, "line \(row.line)")
    }
    let actual = table.rows.map { row in
      Dictionary(
        zip(header.record.fields, header.record.fields.indices.map(row.field(at:))),
        uniquingKeysWith: { first, _ in first })
    }
    #expect(actual == (try CSVSpectrum.expectedRecords(name, in: directory)))
  }
}
