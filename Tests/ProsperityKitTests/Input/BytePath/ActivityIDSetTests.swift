import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports
@testable import ProsperityStore
@testable import ProsperitySupport

/// Repeated activity ids are found as `Set<String>` finds them: by canonical equivalence, even
/// while the ids seen so far are kept as ASCII bytes.
@Suite("Activity ids given twice")
struct ActivityIDSetTests {
  /// Ids that are equal as strings while their bytes differ, and ids that only look alike.
  static let pool = [
    "A-1", "A-2", "a-1", "K", "\u{212A}", "Å", "\u{212B}", "A\u{030A}", "é", "e\u{0301}",
    "ב\u{05BC}\u{05B8}", "ב\u{05B8}\u{05BC}", ";", "\u{037E}", "`", "\u{1FEF}", "\u{0340}",
    "\u{0300}", "AGR-0", "AGR-00", "א-1", "1", "01", "x\u{0301}\u{0323}", "x\u{0323}\u{0301}",
  ]

  /// Adds each id both ways the reader does: ASCII ones as bytes when `asBytes` says so.
  static func replay(_ ids: [String], asBytes: (String) -> Bool) -> [Bool] {
    var set = ActivityIDSet()
    return ids.map { id in
      var id = id
      if asBytes(id), id.utf8.allSatisfy({ $0 < 0x80 }) {
        return id.withUTF8 { set.insert(asciiUTF8: $0) }
      }
      return set.insert(id)
    }
  }

  static func reference(_ ids: [String]) -> [Bool] {
    var seen: Set<String> = []
    return ids.map { seen.insert($0).inserted }
  }

  @Test("random sequences from look-alike ids", arguments: 0..<20)
  func randomSequences(seed: UInt64) {
    var random = SeededGenerator(seed: seed)
    let ids = (0..<60).map { _ in Self.pool.randomElement(using: &random)! }
    let expected = Self.reference(ids)
    #expect(Self.replay(ids) { _ in true } == expected, "\(ids)")
    #expect(Self.replay(ids) { _ in false } == expected, "\(ids)")
    #expect(Self.replay(ids) { $0.count % 2 == 0 } == expected, "\(ids)")
  }

  @Test("the Kelvin sign after K, and K after the Kelvin sign, are repeats")
  func kelvin() {
    #expect(Self.replay(["K", "\u{212A}"]) { _ in true } == [true, false])
    #expect(Self.replay(["\u{212A}", "K"]) { _ in true } == [true, false])
    #expect(Self.replay(["é", "e\u{0301}"]) { _ in true } == [true, false])
  }

  @Test("many ASCII ids: every repeat found, none invented")
  func manyASCIIIds() {
    var set = ByteStringSet()
    var reference: Set<[UInt8]> = []
    var random = SeededGenerator(seed: 99)
    for _ in 0..<30_000 {
      let length = Int.random(in: 0...20, using: &random)
      let key = (0..<length).map { _ in UInt8.random(in: 0x21...0x26, using: &random) }
      let inserted = key.withUnsafeBufferPointer { set.insert($0) }
      #expect(inserted == reference.insert(key).inserted)
    }
    #expect(reference.count > 5_000)
    #expect(Set(set.elements) == Set(reference.map { String(decoding: $0, as: UTF8.self) }))
  }

  @Test(
    "ids mostly in a spreadsheet's order, some out of it, restarted or repeated: as a Set finds them",
    arguments: 0..<12)
  func orderedIdsWithExceptions(seed: UInt64) {
    var set = ByteStringSet()
    var reference: Set<String> = []
    var random = SeededGenerator(seed: seed)
    var next = Int.random(in: 0...20, using: &random)
    let padded = seed % 2 == 0
    var repeats = 0
    for _ in 0..<4_000 {
      let number: Int
      switch Int.random(in: 0..<100, using: &random) {
      case 0..<80:
        number = next
        next += Int.random(in: 1...3, using: &random)
      case 80..<93: number = Int.random(in: 0...(next + 5), using: &random)
      case 93..<97: number = max(0, next - 1)
      default:
        next = Int.random(in: 0...max(0, next / 2), using: &random)
        number = next
      }
      let id =
        padded
        ? "TOU-" + String(repeating: "0", count: max(0, 5 - "\(number)".count)) + "\(number)"
        : "AGR-\(number)"
      var key = id
      let inserted = key.withUTF8 { set.insert($0) }
      let expected = reference.insert(id).inserted
      #expect(inserted == expected, "\(id)")
      if !expected { repeats += 1 }
    }
    #expect(repeats > 100)
    #expect(Set(set.elements) == reference)
  }

  @Test("in order: greater means longer, or as long and greater byte by byte")
  func shortlexOrder() {
    var set = ByteStringSet()
    let ids = ["AGR-9", "AGR-10", "AGR-11", "AGR-100", "AGR-99", "AGR-10", "", "AGR-100", "B", ""]
    let inserted = ids.map { id in
      var id = id
      return id.withUTF8 { set.insert($0) }
    }
    #expect(inserted == [true, true, true, true, true, false, true, false, true, false])
  }
}
