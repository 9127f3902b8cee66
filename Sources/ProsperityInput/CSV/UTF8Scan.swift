/// A single pass over bytes that checks UTF-8 well-formedness and looks for NUL bytes.
///
/// Written by hand instead of using `String(validating:)` because the decoder needs the
/// offset of the first bad byte to report it, and because NUL, although valid UTF-8, means
/// the file is binary rather than a spreadsheet export.
package enum UTF8Scan {
  /// What stopped the scan.
  enum Problem: Equatable {
    /// A byte that cannot start or continue a well-formed UTF-8 sequence here.
    case invalid
    /// A NUL byte.
    case nul
  }

  /// The first problem and its offset, or `nil` when all bytes are well-formed UTF-8
  /// without NUL.
  static func firstProblem(
    in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0
  ) -> (offset: Int, problem: Problem)? {
    let count = bytes.count
    var index = start
    while index < count {
      // Most of a CSV file is ASCII: skip eight bytes at a time when none has the high bit
      // set and none is zero.
      if index + 8 <= count, let base = bytes.baseAddress {
        let word = ByteWord.load(base + index)
        let high: UInt64 = 0x8080_8080_8080_8080
        let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & high
        if word & high == 0 && hasZero == 0 {
          index += 8
          continue
        }
        // Hebrew text mixes ASCII with two-byte letters at no fixed rhythm: a whole word of
        // them is checked at once, without a branch per character to mispredict.
        let checked = twoByteText(word)
        if checked > 0 {
          index += checked
          continue
        }
      }
      let lead = bytes[index]
      if lead < 0x80 {
        if lead == ASCII.nul { return (index, .nul) }
        index += 1
        continue
      }
      // Two-byte sequences (Hebrew, U+0590–U+05FF, is D6/D7 and one more byte) are checked
      // here, without a call: they are most of a Hebrew file's non-ASCII bytes.
      if lead >= 0xC2 && lead <= 0xDF {
        guard index + 1 < count, bytes[index + 1] & 0xC0 == 0x80 else {
          return (index, .invalid)
        }
        index += 2
        continue
      }
      let length = sequenceLength(bytes, at: index)
      if length == 0 { return (index, .invalid) }
      index += length
    }
    return nil
  }

  /// How many of the eight bytes of `word` (the first in the lowest bits) are certainly
  /// well-formed: 8 when all are ASCII other than NUL or whole two-byte sequences (leads C2–DF),
  /// 7 when moreover the last one leads a sequence that goes on past the word; 0 when the word
  /// holds anything else (a NUL, a longer sequence, a malformed one), for the byte-at-a-time
  /// check to look at. The word must start where a character starts.
  @inline(__always)
  static func twoByteText(_ word: UInt64) -> Int {
    let lanes: UInt64 = 0x8080_8080_8080_8080
    let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    /// The top bit of each byte lane that is not zero; exact, since no lane carries into the next.
    func nonzero(_ value: UInt64) -> UInt64 { (((value & low) &+ low) | value) & lanes }
    let bit7 = word & lanes
    let bit6 = (word << 1) & lanes
    let bit5 = (word << 2) & lanes
    let leads = bit7 & bit6
    let continuations = bit7 & ~bit6
    // 110xxxxx, but not C0 or C1, which could only start an overlong form.
    let twoByteLeads = leads & ~bit5 & nonzero(word & 0x1E1E_1E1E_1E1E_1E1E)
    guard leads == twoByteLeads, continuations == twoByteLeads << 8, nonzero(word) == lanes
    else { return 0 }
    return twoByteLeads >> 63 == 1 ? 7 : 8
  }

  /// The length of the well-formed multi-byte sequence at `index`, or 0 when it is not one.
  /// Rejects overlong forms, surrogates and scalars above U+10FFFF (RFC 3629, table 3-7).
  private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let lead = bytes[index]
    let count = bytes.count
    func byte(_ offset: Int) -> UInt8? {
      index + offset < count ? bytes[index + offset] : nil
    }
    func isContinuation(_ value: UInt8?) -> Bool {
      guard let value else { return false }
      return value & 0xC0 == 0x80
    }
    switch lead {
    case 0xC2...0xDF:
      return isContinuation(byte(1)) ? 2 : 0
    case 0xE0...0xEF:
      guard let second = byte(1) else { return 0 }
      let secondRange: ClosedRange<UInt8> =
        switch lead {
        case 0xE0: 0xA0...0xBF
        case 0xED: 0x80...0x9F
        default: 0x80...0xBF
        }
      return secondRange.contains(second) && isContinuation(byte(2)) ? 3 : 0
    case 0xF0...0xF4:
      guard let second = byte(1) else { return 0 }
      let secondRange: ClosedRange<UInt8> =
        switch lead {
        case 0xF0: 0x90...0xBF
        case 0xF4: 0x80...0x8F
        default: 0x80...0xBF
        }
      return secondRange.contains(second) && isContinuation(byte(2)) && isContinuation(byte(3))
        ? 4 : 0
    default:
      return 0
    }
  }
}
