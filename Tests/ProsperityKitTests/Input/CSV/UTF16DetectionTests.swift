import Foundation
import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports

/// UTF-16 files (Excel's "Unicode Text") are named as such, from their start, whether they carry
/// a byte order mark or not; binary files with NUL bytes are not taken for them.
@Suite("UTF-16 files")
struct UTF16DetectionTests {
  static let text =
    "activity_id,title,status\r\nTOU-1,פסטיבל דרום אדום,פעיל\r\nTOU-2,שביל,active\r\n"

  @Test(
    "little- and big-endian, with and without a mark",
    arguments: [
      ([0xFF, 0xFE] as [UInt8], String.Encoding.utf16LittleEndian),
      ([0xFE, 0xFF], .utf16BigEndian),
      ([], .utf16LittleEndian), ([], .utf16BigEndian),
    ])
  func utf16(mark: [UInt8], encoding: String.Encoding) throws {
    let bytes = mark + [UInt8](try #require(Self.text.data(using: encoding)))
    guard case .failure(let failure) = TextDecoding.decode(bytes) else {
      Issue.record("decoded")
      return
    }
    #expect(failure.reason == .utf16)
    #expect(failure.position.line == 1 && failure.position.column == 1)
    #expect(Messages.undecodable(failure).english.contains("the file is UTF-16"))
    #expect(Messages.undecodable(failure).hebrew.contains("UTF-16"))
  }

  @Test("NUL bytes scattered through a binary file are not UTF-16")
  func binary() {
    var random = SeededGenerator(seed: 7)
    let bytes = (0..<2000).map { _ in UInt8.random(in: 0...255, using: &random) }
    guard case .failure(let failure) = TextDecoding.decode(bytes) else {
      Issue.record("decoded")
      return
    }
    #expect(failure.reason != .utf16)
    let garbage = Array("measure,value\n".utf8) + [0x00, 0xFF, 0x13, 0x00, 0x7F]
    guard case .failure(let nul) = TextDecoding.decode(garbage) else {
      Issue.record("decoded")
      return
    }
    #expect(nul.reason == .nulByte)
  }

  @Test("UTF-8 and windows-1255 text is read as before")
  func unchanged() throws {
    #expect(try TextDecoding.decode(Array(Self.text.utf8)).get().encoding == .utf8)
  }
}
