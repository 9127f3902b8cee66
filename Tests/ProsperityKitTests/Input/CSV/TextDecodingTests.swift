import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports
@testable import ProsperityStore
@testable import ProsperitySupport

@Suite struct TextDecodingTests {
  typealias Support = CSVTestSupport

  @Test func stripsTheBOMAndReportsUTF8WithBOM() throws {
    let decoded = try #require(Support.decoded([0xEF, 0xBB, 0xBF] + Array("a,שלום\n".utf8)))
    #expect(decoded.encoding == .utf8WithBOM)
    #expect(decoded.utf8 == Array("a,שלום\n".utf8))
    #expect(decoded.skippedPrefixLength == 3)
  }

  @Test func aFileOfOnlyABOMIsEmptyUTF8() throws {
    let decoded = try #require(Support.decoded([0xEF, 0xBB, 0xBF]))
    #expect(decoded.encoding == .utf8WithBOM)
    #expect(decoded.utf8.isEmpty)
    #expect(Support.records(decoded.utf8).isEmpty)
  }

  @Test func anEmptyFileIsUTF8WithNoRecords() throws {
    let decoded = try #require(Support.decoded([]))
    #expect(decoded.encoding == .utf8)
    #expect(decoded.utf8.isEmpty)
    #expect(Support.records(decoded.utf8).isEmpty)
  }

  @Test func keepsValidUTF8AsIs() throws {
    let text = "שם,סכום\nדנה,\"1,200\"\n"
    let decoded = try #require(Support.decoded(Array(text.utf8)))
    #expect(decoded.encoding == .utf8)
    #expect(decoded.utf8 == Array(text.utf8))
  }

  @Test func readsWindows1255Hebrew() throws {
    // "שלום" in windows-1255, then an unquoted סה"כ (samekh, he, quote, kaf).
    let bytes: [UInt8] = [0xF9, 0xEC, 0xE5, 0xED, 0x2C, 0xF1, 0xE4, 0x22, 0xEB, 0x0A]
    let decoded = try #require(Support.decoded(bytes))
    #expect(decoded.encoding == .windows1255)
    #expect(String(decoding: decoded.utf8, as: UTF8.self) == "שלום,סה\"כ\n")
    #expect(Support.records(decoded.utf8).map(\.fields) == [["שלום", "סה\"כ"]])
  }

  @Test func mapsWindows1255SymbolsOutsideTheHebrewBlock() throws {
    // Euro, sheqel, multiplication sign, niqqud patah, final nun, RLM.
    let bytes: [UInt8] = [0x80, 0xA4, 0xAA, 0xC7, 0xEF, 0xFE]
    let decoded = try #require(Support.decoded(bytes))
    #expect(decoded.encoding == .windows1255)
    #expect(String(decoding: decoded.utf8, as: UTF8.self) == "€₪×\u{05B7}ן\u{200F}")
  }

  @Test(
    arguments: [
      0x81, 0x8A, 0x8C, 0x8D, 0x8E, 0x8F, 0x90, 0x9A, 0x9C, 0x9D, 0x9E, 0x9F, 0xCA, 0xD9, 0xDA,
      0xDB, 0xDC, 0xDD, 0xDE, 0xDF, 0xFB, 0xFC, 0xFF,
    ] as [UInt8])
  func rejectsBytesUndefinedInWindows1255(byte: UInt8) throws {
    // A Hebrew letter first makes the input invalid UTF-8, whatever the byte under test.
    let failure = try #require(Support.failure([0xE0, byte]))
    #expect(failure.reason == .undefinedInWindows1255)
    #expect(failure.byte == byte)
    #expect(failure.position == TextPosition(line: 1, column: 2, byteOffset: 1))
  }

  @Test func reportsLineAndColumnOfAnUndefinedByte() throws {
    // Line 1 "name\r\n", line 2 "א\n" (one byte), line 3 "בג" then the undefined 0x90.
    let bytes: [UInt8] = Array("name\r\n".utf8) + [0xE0, 0x0A, 0xE1, 0xE2, 0x90, 0x41]
    let failure = try #require(Support.failure(bytes))
    #expect(failure.reason == .undefinedInWindows1255)
    #expect(failure.position == TextPosition(line: 3, column: 3, byteOffset: 10))
    #expect(failure.description.contains("0x90"))
  }

  @Test func reportsAStrayByteInUTF8TextWhereItIs() throws {
    // Line 1 is UTF-8 Hebrew; line 2 holds a stray 0xFF after two letters. Read as
    // windows-1255, the file fails already on line 1 (the 0x9D inside "ם"), far from the byte.
    let bytes = Array("שם,ערך\n".utf8) + Array("אב".utf8) + [0xFF] + Array("\nט\n".utf8)
    let failure = try #require(Support.failure(bytes))
    #expect(failure.reason == .invalidUTF8)
    #expect(failure.byte == 0xFF)
    #expect(failure.position == TextPosition(line: 2, column: 3, byteOffset: 16))
    #expect(Messages.undecodable(failure).english.contains("byte 0xFF is not valid UTF-8"))
  }

  @Test func countsALoneCRAsALineBreakInFailures() throws {
    let bytes: [UInt8] = [0x61, 0x0D, 0x62, 0x0D, 0xF9, 0xFF]
    let failure = try #require(Support.failure(bytes))
    #expect(failure.position == TextPosition(line: 3, column: 2, byteOffset: 5))
  }

  @Test func rejectsNULInOtherwiseValidUTF8() throws {
    // Columns count scalars: two Hebrew letters (four bytes) before the NUL.
    let bytes = Array("a,b\nשל".utf8) + [0x00, 0x01, 0x02]
    let failure = try #require(Support.failure(bytes))
    #expect(failure.reason == .nulByte)
    #expect(failure.position == TextPosition(line: 2, column: 3, byteOffset: 8))
  }

  @Test func rejectsBinaryGarbage() throws {
    // The start of a ZIP (an .xlsx saved with a .csv name).
    let bytes: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]
    let failure = try #require(Support.failure(bytes))
    #expect(failure.reason == .nulByte)
    #expect(failure.position == TextPosition(line: 1, column: 6, byteOffset: 5))
  }

  @Test func rejectsNULInWindows1255Text() throws {
    let failure = try #require(Support.failure([0xF9, 0x2C, 0x00]))
    #expect(failure.reason == .nulByte)
    #expect(failure.position.byteOffset == 2)
  }

  @Test func rejectsMalformedUTF8AfterABOMInsteadOfGuessing() throws {
    // The offset counts the BOM; the column does not, as an editor hides it.
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("ab\nש".utf8) + [0xF9, 0x41]
    let failure = try #require(Support.failure(bytes))
    #expect(failure.reason == .invalidUTF8AfterBOM)
    #expect(failure.byte == 0xF9)
    #expect(failure.position == TextPosition(line: 2, column: 2, byteOffset: 8))
  }

  @Test(
    arguments: [
      [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC3],
      [0xF0, 0x9F, 0x98],
    ] as [[UInt8]])
  func rejectsOverlongSurrogateAndTruncatedUTF8(sequence: [UInt8]) {
    let bytes = [0x41] + sequence + [0x42]
    let problem = bytes.withUnsafeBufferPointer { UTF8Scan.firstProblem(in: $0) }
    #expect(problem?.offset == 1)
    #expect(problem?.problem == .invalid)
  }

  @Test func decodesEveryDefinedWindows1255ByteToOneScalar() throws {
    let undefined: Set<UInt8> = [
      0x81, 0x8A, 0x8C, 0x8D, 0x8E, 0x8F, 0x90, 0x9A, 0x9C, 0x9D, 0x9E, 0x9F, 0xCA, 0xD9, 0xDA,
      0xDB, 0xDC, 0xDD, 0xDE, 0xDF, 0xFB, 0xFC, 0xFF,
    ]
    let defined = (0x80...0xFF).map(UInt8.init).filter { !undefined.contains($0) }
    let decoded = try #require(Support.decoded(defined))
    #expect(decoded.encoding == .windows1255)
    let scalars = Array(String(decoding: decoded.utf8, as: UTF8.self).unicodeScalars)
    #expect(scalars.count == defined.count)
    // The 27 letters alef (0xE0) through tav (0xFA) are U+05D0 through U+05EA in order.
    let letters = zip(defined, scalars).filter { (0xE0...0xFA).contains($0.0) }.map(\.1.value)
    #expect(letters == Array(0x05D0...0x05EA))
  }

  @Test func acceptsFourByteUTF8() throws {
    let decoded = try #require(Support.decoded(Array("a😀b,ʤ".utf8)))
    #expect(decoded.encoding == .utf8)
  }

  @Test func decodesLongASCIIRunsAroundHebrewTheSame() throws {
    // Exercises the eight-bytes-at-a-time path on both sides of multi-byte text.
    let text =
      String(repeating: "abcdefgh,", count: 20) + "שלום עולם" + String(repeating: "x", count: 17)
    let decoded = try #require(Support.decoded(Array(text.utf8)))
    #expect(decoded.encoding == .utf8)
    let withNUL = Array(String(repeating: "abcdefgh", count: 5).utf8) + [0x00]
    #expect(Support.failure(withNUL)?.position.byteOffset == 40)
  }
}

/// The UTF-8 check stops exactly where Swift's own validation says the text stops being UTF-8.
@Suite("UTF-8 check against Swift's validation")
struct UTF8ScanTests {
  static let good: [[UInt8]] = [
    [0x41], [0x2C], [0xD7, 0x90], [0xD6, 0xBC], [0xC2, 0xA0], [0xDF, 0xBF], [0xE2, 0x82, 0xAA],
    [0xEF, 0xBB, 0xBF], [0xF0, 0x9F, 0x98, 0x80], Array("abcdefgh".utf8),
    Array("שלום עולם".utf8), Array("א".utf8), Array(" ב".utf8), Array("\u{05B8}".utf8),
  ]
  static let bad: [[UInt8]] = [
    [0x00], [0xC2], [0xC1, 0x81], [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
    [0xF4, 0x90, 0x80, 0x80], [0xF5], [0x80], [0xBF], [0xFF], [0xD7], [0xD7, 0xD7],
  ]

  @Test("random mixtures of good and bad sequences", arguments: 0..<10)
  func randomBytes(seed: UInt64) {
    var random = SeededGenerator(seed: seed)
    for _ in 0..<500 {
      // Mostly good text, so that the check runs a while before meeting a bad sequence.
      let bytes = (0..<Int.random(in: 0...40, using: &random)).flatMap { _ in
        Int.random(in: 0..<30, using: &random) == 0
          ? Self.bad.randomElement(using: &random)! : Self.good.randomElement(using: &random)!
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

extension UTF8ScanTests {
  static func checked(_ bytes: [UInt8]) -> Int {
    bytes.withUnsafeBufferPointer { UTF8Scan.twoByteText(ByteWord.load($0.baseAddress!)) }
  }

  @Test("eight bytes of Hebrew and ASCII are passed at once; anything else is left to the bytes")
  func wordsAtOnce() {
    #expect(Self.checked(Array("שלום".utf8)) == 8)
    #expect(Self.checked(Array("aשלו".utf8) + [0xD7]) == 7, "a letter cut by the word's end")
    #expect(Self.checked(Array("ab,cd ef".utf8)) == 8)
    #expect(Self.checked([0xC1, 0x81] + Array("abcdef".utf8)) == 0, "overlong")
    #expect(Self.checked([0xC0, 0x80] + Array("abcdef".utf8)) == 0, "overlong NUL")
    #expect(Self.checked(Array("ab₪cde".utf8)) == 0, "three-byte sequence")
    #expect(Self.checked(Array("שלו".utf8) + [0x00, 0x41]) == 0, "NUL")
    #expect(Self.checked([0x90] + Array("שלו".utf8) + [0x41]) == 0, "continuation first")
    #expect(Self.checked([0xD7, 0x41] + Array("שלו".utf8)) == 0, "lead without continuation")
  }
}
