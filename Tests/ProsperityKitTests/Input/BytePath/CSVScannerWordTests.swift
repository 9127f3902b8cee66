import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports
@testable import ProsperityStore
@testable import ProsperitySupport

/// The scanner skips eight bytes at a time; a plain reading of the rules in `CSVRecords`, one
/// byte at a time, must find the same records wherever quotes, commas and line breaks fall
/// relative to those eight-byte words.
@Suite("CSV scanning by words against a byte-at-a-time reading")
struct CSVScannerWordTests {
  /// The records of `bytes` by the documented rules, the slow and obvious way.
  static func plainReading(_ bytes: [UInt8]) -> [(line: Int, fields: [[UInt8]])] {
    let quote: UInt8 = 0x22
    let comma: UInt8 = 0x2C
    let lineFeed: UInt8 = 0x0A
    let carriageReturn: UInt8 = 0x0D
    var records: [(line: Int, fields: [[UInt8]])] = []
    var index = 0
    var line = 1
    func isBreak(_ at: Int) -> Bool {
      at < bytes.count && (bytes[at] == lineFeed || bytes[at] == carriageReturn)
    }
    /// Steps over the line break at `index`, counting it.
    func skipBreak() {
      if bytes[index] == carriageReturn, index + 1 < bytes.count, bytes[index + 1] == lineFeed {
        index += 1
      }
      index += 1
      line += 1
    }
    while index < bytes.count {
      if isBreak(index) {
        skipBreak()
        continue
      }
      let start = line
      var fields: [[UInt8]] = []
      while true {
        var field: [UInt8] = []
        if index < bytes.count, bytes[index] == quote {
          index += 1
          var closed = false
          while index < bytes.count {
            let byte = bytes[index]
            if byte == quote {
              if index + 1 < bytes.count, bytes[index + 1] == quote {
                field.append(quote)
                index += 2
                continue
              }
              closed = true
              break
            }
            if byte == lineFeed
              || (byte == carriageReturn
                && (index + 1 >= bytes.count || bytes[index + 1] != lineFeed))
            {
              line += 1
            }
            field.append(byte)
            index += 1
          }
          if closed, index + 1 < bytes.count, bytes[index + 1] != comma, !isBreak(index + 1) {
            // Text after the closing quote: the quote and that text are kept as they are.
            while index < bytes.count, bytes[index] != comma, !isBreak(index) {
              field.append(bytes[index])
              index += 1
            }
          } else if closed {
            index += 1
          }
        } else {
          while index < bytes.count, bytes[index] != comma, !isBreak(index) {
            field.append(bytes[index])
            index += 1
          }
        }
        fields.append(field)
        if index < bytes.count, bytes[index] == comma {
          index += 1
          continue
        }
        break
      }
      records.append((start, fields))
      if index < bytes.count { skipBreak() }
    }
    return records
  }

  static let pieces = [
    "a", "b", "א", ",", "\"", "\"\"", "\n", "\r", "\r\n", " ", "abcdefghij", "אבגדהוזחט",
    "12345678", "\",\"", "x\"y",
  ]

  @Test("random texts of quotes, commas, line breaks and long runs", arguments: 0..<8)
  func randomTexts(seed: UInt64) {
    var random = SeededGenerator(seed: seed)
    for _ in 0..<400 {
      let text = (0..<Int.random(in: 0...24, using: &random)).map { _ in
        Self.pieces.randomElement(using: &random)!
      }.joined()
      let bytes = Array(text.utf8)
      let read = CSVRecords(utf8: bytes).map { record in
        (record.line, record.fields.map { Array($0.utf8) })
      }
      let expected = Self.plainReading(bytes)
      #expect(read.map(\.0) == expected.map(\.line), "lines of \(text.debugDescription)")
      #expect(read.map(\.1) == expected.map(\.fields), "fields of \(text.debugDescription)")
    }
  }
}
