import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports
@testable import ProsperityStore
@testable import ProsperitySupport

/// Feeding the same bytes in pieces must give the one-shot digest, whatever the pieces; the
/// one-shot digest itself is pinned by SHA256VectorTests.
@Suite struct SHA256IncrementalTests {
  private static let message = SHA256Samples.message(count: 4096 + 300)

  private func pieces(_ bytes: [UInt8], splitAt points: [Int]) throws -> String {
    var hash = try SHA256()
    var start = 0
    for point in points + [bytes.count] {
      try hash.update(bytes[start..<point])
      start = point
    }
    return try hash.finalizeHex()
  }

  @Test func everyTwoPieceSplitOfEveryShortLength() throws {
    for count in 0...200 {
      let bytes = Array(Self.message.prefix(count))
      let whole = try SHA256.hex(of: bytes)
      for point in 0...count {
        #expect(try pieces(bytes, splitAt: [point]) == whole, "length \(count), split at \(point)")
      }
    }
  }

  /// Splits on both sides of the padding boundary (55/56) and of block ends (63/64/65).
  @Test(arguments: [131, 200, 257])
  func threePieceSplitsAroundBlockBoundaries(count: Int) throws {
    let bytes = Array(Self.message.prefix(count))
    let whole = try SHA256.hex(of: bytes)
    let points = [0, 1, 54, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129].filter { $0 <= count }
    for first in points {
      for second in points where second >= first {
        #expect(
          try pieces(bytes, splitAt: [first, second]) == whole, "\(count): \(first), \(second)")
      }
    }
  }

  @Test func oneByteAtATime() throws {
    for count in [0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 300, 1000] {
      let bytes = Array(Self.message.prefix(count))
      var hash = try SHA256()
      for byte in bytes { try hash.update([byte]) }
      #expect(try hash.finalizeHex() == SHA256.hex(of: bytes), "length \(count)")
    }
  }

  @Test func unevenPiecesOfALongMessage() throws {
    var random = SHA256Random(state: 0x5eed)
    let whole = try SHA256.hex(of: Self.message)
    for _ in 0..<100 {
      var points: [Int] = []
      var point = 0
      while true {
        point += Int(random.next() % 300)
        guard point < Self.message.count else { break }
        points.append(point)
      }
      #expect(try pieces(Self.message, splitAt: points) == whole, "splits \(points)")
    }
  }

  @Test func rawBuffersSlicesAndEmptyUpdatesAgree() throws {
    let bytes = Array(Self.message.prefix(150))
    var hash = try SHA256()
    try hash.update([])
    try bytes.prefix(70).withUnsafeBytes { try hash.update($0) }
    try [UInt8]().withUnsafeBytes { try hash.update($0) }
    try hash.update(bytes[70..<150])
    try hash.update(bytes[150..<150])
    #expect(try hash.finalizeHex() == SHA256.hex(of: bytes))
  }

  @Test func finalizingLeavesTheValueUsable() throws {
    let bytes = Array(Self.message.prefix(200))
    var hash = try SHA256()
    try hash.update(bytes[0..<90])
    #expect(try hash.finalizeHex() == SHA256.hex(of: Array(bytes[0..<90])))
    #expect(try hash.finalize() == SHA256.digest(Array(bytes[0..<90])))
    try hash.update(bytes[90..<200])
    #expect(try hash.finalizeHex() == SHA256.hex(of: bytes))
  }

  /// A copy shares the state it was copied with, then goes its own way.
  @Test func copiesAreIndependent() throws {
    let bytes = Array(Self.message.prefix(300))
    var original = try SHA256()
    try original.update(bytes[0..<100])
    var copy = original
    try original.update(bytes[100..<300])
    try copy.update(bytes[100..<150])
    let untouched = copy
    try copy.update(bytes[150..<160])
    #expect(try original.finalizeHex() == SHA256.hex(of: bytes))
    #expect(try copy.finalizeHex() == SHA256.hex(of: Array(bytes[0..<160])))
    #expect(try untouched.finalizeHex() == SHA256.hex(of: Array(bytes[0..<150])))
  }
}

/// SplitMix64: reproducible split points without a global random source.
struct SHA256Random {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9e37_79b9_7f4a_7c15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xbf58_476d_1ce4_e5b9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94d0_49bb_1331_11eb
    return mixed ^ (mixed >> 31)
  }
}
