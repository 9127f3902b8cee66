/// Eight bytes looked at as one 64-bit word, to find a given byte among them without a branch
/// per byte (the "has zero byte" trick of Hacker's Delight, 6-1).
enum ByteWord {
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highs: UInt64 = 0x8080_8080_8080_8080

  /// The eight bytes at `address`, the first in the lowest bits whatever the machine's order.
  @inline(__always)
  static func load(_ address: UnsafePointer<UInt8>) -> UInt64 {
    UInt64(littleEndian: UnsafeRawPointer(address).loadUnaligned(as: UInt64.self))
  }

  /// A word whose high bit is set in the byte lanes where `word` holds `byte`, and in no lane
  /// before the first of them (lanes after it may be set falsely, by a borrow), so the lowest
  /// set bit is exact; zero when `byte` is not there.
  @inline(__always)
  static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    let difference = word ^ (ones &* UInt64(byte))
    return (difference &- ones) & ~difference & highs
  }

  /// The lane (0–7) of the lowest set bit of a nonzero result of ``matches(_:_:)``, or of
  /// several of them combined with `|`.
  @inline(__always)
  static func firstIndex(_ found: UInt64) -> Int {
    found.trailingZeroBitCount >> 3
  }
}
