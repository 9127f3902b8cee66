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

@Suite("CSV files written as their records come")
struct CSVFileWriterTests {
  static let records: [[String]] = [
    ["activity_id", "title", "notes"],
    ["TOU-1", "פסטיבל דרום אדום", ""],
    ["TOU-2", "קק\"ל, שביל", "two\r\nlines"],
    ["", "", ""],
    (0..<40).map { "field \($0) עם טקסט" },
  ]

  /// The same file rendered whole: the plain rule the writer must follow at any chunk size.
  static func whole(_ records: [[String]]) -> [UInt8] {
    let text = records.map { $0.map(CSVField.escape).joined(separator: ",") + "\r\n" }.joined()
    return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
  }

  @Test(arguments: [1, 7, 64, 1 << 16])
  func writesWhatTheWholeFileWouldHold(chunk: Int) throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("csv-writer-\(UUID().uuidString).csv").path
    defer { unlink(path) }
    let writer = try CSVFileWriter(path: path, chunk: chunk)
    for record in Self.records { try writer.append(record) }
    try writer.finish()
    let written = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(written == Self.whole(Self.records))
  }

  @Test func aFolderThatIsNotThereNamesTheFileAskedFor() {
    let error = #expect(throws: OutputError.self) {
      _ = try CSVFileWriter(path: "/nonexistent-folder/x.csv.new", reportingAs: "Inputs/x.csv")
    }
    #expect(error?.path == "Inputs/x.csv")
    #expect(error?.reason.isEmpty == false)
  }
}
