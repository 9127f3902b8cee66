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

/// Reading a file a chunk at a time must give exactly what reading it whole gives: the same
/// fields, lines, issues and positions, wherever the chunks happen to split a record, a CRLF or a
/// multi-byte character.
@Suite("Chunked CSV reading")
struct CSVFileRecordsTests {
  /// Records, line breaks and quoting that a chunk boundary could cut in the wrong place.
  static let texts: [String] = [
    "a,b,c\r\n1,2,3\r\n4,5,6\r\n",
    "a,b\n\n\n1,2\n\r\n3,4",
    "a,b\r1,2\r3,4\r",
    "id,title\r\n1,\"שורה\r\nשנייה, עם \"\"מרכאות\"\"\"\r\n2,סה\"כ\r\n",
    "id,note\n1,\"open quote never closed\n2,x\n",
    "id,note\n1,\"closed\"then text,after\n",
    "\u{FEFF}מזהה,כותרת\n1,תיירות 😀 במדבר\n",
    "a\n\"\"\n,\n\"\",\"\"\n",
    "only header",
    "",
    // Records far longer than a chunk, which are read again after each refill.
    "id,note\n1,\"" + String(repeating: "שורה ארוכה, \"\"מאוד\"\"\r\n", count: 300) + "\"\n2,x\n",
    "id,note\n1,\"" + String(repeating: "never closed ", count: 400) + "\n2,x\n",
  ]
  static let chunkSizes = [1, 2, 3, 5, 7, 64, FileScan.chunkSize]

  /// What a reading gives for one record, for comparison.
  struct Reading: Equatable {
    let fields: [String]
    let line: Int
    let issues: [CSVIssue]
    let raw: String
    let positions: [TextPosition]

    init(_ record: CSVRecord) {
      fields = record.fields
      line = record.line
      issues = record.issues
      raw = record.rawText
      positions = record.fieldPositions.map {
        TextPosition(line: $0.line, column: $0.column, byteOffset: 0)
      }
    }
  }

  static func whole(_ bytes: [UInt8]) throws -> ([Reading], TextDecoding.Encoding) {
    let decoded = try TextDecoding.decode(bytes).get()
    return (CSVRecords(utf8: decoded.utf8).map(Reading.init), decoded.encoding)
  }

  static func chunked(_ path: String, _ encoding: TextDecoding.Encoding, _ chunk: Int) throws
    -> [Reading]
  {
    var records = try #require(CSVFileRecords(path: path, encoding: encoding, chunkSize: chunk))
    var readings: [Reading] = []
    while let record = records.next() { readings.append(Reading(record)) }
    #expect(!records.failed)
    return readings
  }

  static func temporaryFile(_ bytes: [UInt8]) throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("chunks-\(UUID().uuidString).csv").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  /// Compares both readings of `bytes` at every chunk size, and the scan's hash and encoding
  /// with the whole-file decoder's.
  static func check(_ bytes: [UInt8], _ label: String, chunks: [Int] = chunkSizes) throws {
    let path = try temporaryFile(bytes)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let (expected, encoding) = try whole(bytes)
    for chunk in chunks {
      let scan = try #require(try FileScan.scan(path, chunkSize: chunk))
      #expect(scan.encoding == encoding, "\(label), chunks of \(chunk)")
      #expect(try scan.sha256 == SHA256.hex(of: bytes), "\(label), chunks of \(chunk)")
      #expect(scan.identity.size == bytes.count)
      #expect(try chunked(path, encoding, chunk) == expected, "\(label), chunks of \(chunk)")
    }
  }

  @Test("tricky texts read the same in chunks of any size", arguments: texts.indices)
  func sameRecords(index: Int) throws {
    try Self.check(Array(Self.texts[index].utf8), "text \(index)")
  }

  @Test("windows-1255 is transcoded chunk by chunk")
  func windows1255() throws {
    // "שם,ערך\r\n" and "תיירות,5" in the Hebrew code page.
    let bytes: [UInt8] =
      [0xF9, 0xED, 0x2C, 0xF2, 0xF8, 0xEA, 0x0D, 0x0A]
      + [0xFA, 0xE9, 0xE9, 0xF8, 0xE5, 0xFA, 0x2C, 0x35, 0x0D, 0x0A]
    try Self.check(bytes, "windows-1255")
    // Hebrew far from the start: the first chunks are UTF-8 as far as they go.
    try Self.check(Array("id,n\r\n".utf8) + Array(repeating: 0x61, count: 200) + bytes, "later")
  }

  @Test("bytes that decode neither way leave the encoding to the whole-file reader's error")
  func undecodable() throws {
    // Hebrew in windows-1255 then a byte the code page lacks (or NUL), near the start and far
    // from it: found as the bytes go by when UTF-8 fails in the first chunk, else by a second
    // reading, whatever the chunk size.
    let hebrew: [UInt8] = [0xF9, 0xED, 0x2C, 0xF2, 0xF8, 0xEA, 0x0D, 0x0A]
    let ascii = [UInt8](repeating: 0x61, count: 300)
    for bytes in [
      [0x61, 0x00, 0x62] as [UInt8], [0xEF, 0xBB, 0xBF, 0xFF], [0x61, 0xFF, 0x2C],
      hebrew + [0xFF], hebrew + ascii + [0xFF], hebrew + ascii + [0x00] + ascii,
      ascii + hebrew + ascii + [0xFF], ascii + hebrew + ascii + [0x00],
    ] {
      let path = try Self.temporaryFile(bytes)
      defer { try? FileManager.default.removeItem(atPath: path) }
      for chunk in Self.chunkSizes {
        #expect(try #require(try FileScan.scan(path, chunkSize: chunk)).encoding == nil)
      }
      #expect(throws: TextDecoding.Failure.self) { try TextDecoding.decode(bytes).get() }
    }
  }

  @Test(
    "every csv-spectrum case reads the same in chunks", .enabled(if: CSVSpectrum.directory != nil))
  func spectrum() throws {
    let directory = try #require(CSVSpectrum.directory)
    for name in CSVSpectrum.caseNames {
      let path = directory.appendingPathComponent("csvs/\(name).csv").path
      let bytes = try #require(FileManager.default.contents(atPath: path))
      try Self.check(Array(bytes), name)
    }
  }

  @Test("a multi-megabyte file of Hebrew rows reads the same as whole")
  func large() throws {
    var text = "id,title,notes\r\n"
    for index in 0..<40_000 {
      text += "A-\(index),\"פעילות \(index), בנגב\",\"הערה\nבשתי שורות\"\r\n"
    }
    // Chunks of a prime size, so boundaries fall everywhere in the rows.
    try Self.check(Array(text.utf8), "large", chunks: [4093, FileScan.chunkSize])
  }
}
