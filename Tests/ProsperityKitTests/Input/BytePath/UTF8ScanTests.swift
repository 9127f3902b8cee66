import Testing

@testable import ProsperityKit

/// The UTF-8 check stops exactly where Swift's own validation says the text stops being UTF-8.
@Suite("UTF-8 check against Swift's validation")
struct UTF8ScanTests {
  static let pieces: [[UInt8]] = [
    [0x41], [0x2C], [0x00], [0xD7, 0x90], [0xD6, 0xBC], [0xC2, 0xA0], [0xC2], [0xC1, 0x81],
    [0xDF, 0xBF], [0xE2, 0x82, 0xAA], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF],
    [0xF0, 0x9F, 0x98, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5], [0x80], [0xBF], [0xFF],
    Array("abcdefgh".utf8), Array("שלום עולם".utf8),
  ]

  @Test("random mixtures of good and bad sequences", arguments: 0..<10)
  func randomBytes(seed: UInt64) {
    var random = SeededGenerator(seed: seed)
    for _ in 0..<500 {
      let bytes = (0..<Int.random(in: 0...12, using: &random)).flatMap { _ in
        Self.pieces.randomElement(using: &random)!
      }
      let found = bytes.withUnsafeBufferPointer { UTF8Scan.firstProblem(in: $0) }
      guard let (offset, problem) = found else {
        #expect(String(validating: bytes, as: UTF8.self) != nil && !bytes.contains(0), "\(bytes)")
        continue
      }
      // Everything before is good, and nothing starting here makes a character.
      let before = Array(bytes[..<offset])
      #expect(String(validating: before, as: UTF8.self) != nil && !before.contains(0))
      if problem == .nul {
        #expect(bytes[offset] == 0)
      } else {
        for length in 1...min(4, bytes.count - offset) {
          let attempt = Array(bytes[offset..<offset + length])
          #expect(String(validating: attempt, as: UTF8.self) == nil, "\(bytes) at \(offset)")
        }
      }
    }
  }
}
