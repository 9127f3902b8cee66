extension NumberParser {
  /// The value of `bytes` when they are what ``parse(_:)`` reads first and most often, a plain
  /// decimal (ASCII digits with at most one point, not ending in it), equal to what
  /// `Double(String)` makes of that text; `nil` when they are not one.
  ///
  /// Up to 15 digits the value is worked out here: the digits as an integer are below 2^53 and so
  /// exact as a `Double`, as is any power of ten up to 10^22, and one correctly rounded division
  /// of the two is the correctly rounded value of the decimal (Clinger's fast path, which
  /// `strtod` takes too). Longer numbers go to `Double(String)`.
  static func plainValue(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    var integer: UInt64 = 0
    var digits = 0
    var fractionDigits = 0
    var sawPoint = false
    for byte in bytes {
      if byte == UInt8(ascii: ".") {
        if sawPoint { return nil }
        sawPoint = true
      } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        digits += 1
        if sawPoint { fractionDigits += 1 }
        // Past 15 digits the integer is not used, and may wrap.
        integer = integer &* 10 &+ UInt64(byte - UInt8(ascii: "0"))
      } else {
        return nil
      }
    }
    guard digits > 0, bytes.last != UInt8(ascii: ".") else { return nil }
    guard digits <= 15 else { return Double(String(decoding: bytes, as: UTF8.self)) }
    var scale = 1.0
    for _ in 0..<fractionDigits { scale *= 10 }
    return Double(integer) / scale
  }
}
