/// What a value cell of an input file holds.
package enum ParsedNumber: Equatable, Sendable {
  case value(Double)
  /// Empty or `n/a`: the figure was not reported. Never read as 0.
  case notReported
  case invalid
}

/// Reads the numbers people type into Excel in Israel: `1234`, `1,234`, `1234.5`, `-3`, `85%` (0.85),
/// with a leading (or trailing) ₪ or $.
///
/// Grouping commas must stand every three digits, so a European decimal comma such as `3,5` is
/// rejected rather than misread as 35.
package enum NumberParser {
  /// Reads a number as people write it (`1,234`, `₪1,250`, `85%`, `n/a`), or says why it is none.
  package static func parse(_ text: String) -> ParsedNumber { read(text).number }

  /// The number in `text`, and how it was written: with `%`, `₪`, `$` or none of them. A
  /// number that is not a value is `plain`.
  static func read(_ text: String) -> (number: ParsedNumber, form: ValueForm) {
    // Past Double's range (309 digits) a plain decimal reads as infinity: not a figure.
    if let plain = plainDecimal(text) { return (plain.isFinite ? .value(plain) : .invalid, .plain) }
    var scalars = ArraySlice(text.unicodeScalars.filter { !ignorable.contains($0) })
    trimSpaces(&scalars)
    if scalars.isEmpty { return (.notReported, .plain) }
    if String(String.UnicodeScalarView(scalars)).lowercased() == "n/a" {
      return (.notReported, .plain)
    }

    var negative = false
    var percent = false
    var currency: Unicode.Scalar?
    if scalars.last == "%" {
      percent = true
      scalars.removeLast()
      trimSpaces(&scalars)
    }
    if let last = scalars.last, currencySigns.contains(last) {
      currency = last
      scalars.removeLast()
      trimSpaces(&scalars)
    }
    if let first = scalars.first, first == "-" || first == "+" {
      negative = first == "-"
      scalars.removeFirst()
      trimSpaces(&scalars)
    }
    if let first = scalars.first, currencySigns.contains(first) {
      if currency != nil { return (.invalid, .plain) }
      currency = first
      scalars.removeFirst()
      trimSpaces(&scalars)
      if !negative, let sign = scalars.first, sign == "-" {
        negative = true
        scalars.removeFirst()
      }
    }
    if percent && currency != nil { return (.invalid, .plain) }
    guard let magnitude = parseUnsigned(String(String.UnicodeScalarView(scalars))) else {
      return (.invalid, .plain)
    }
    let signed = negative ? -magnitude : magnitude
    let result = percent ? signed / 100 : signed
    let form: ValueForm =
      percent ? .percent : currency == "₪" ? .shekels : currency == "$" ? .dollars : .plain
    return (result.isFinite ? .value(result) : .invalid, form)
  }

  /// The common case, digits with at most one decimal point and nothing else, read directly.
  private static func plainDecimal(_ text: String) -> Double? {
    var points = 0
    var digits = 0
    for byte in text.utf8 {
      if byte == UInt8(ascii: ".") {
        points += 1
      } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        digits += 1
      } else {
        return nil
      }
    }
    guard digits > 0, points <= 1, text.utf8.last != UInt8(ascii: ".") else { return nil }
    return Double(text)
  }

  /// Digits with optional grouping commas and an optional decimal part; no exponent, no sign.
  private static func parseUnsigned(_ text: String) -> Double? {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2 else { return nil }
    let whole = parts[0]
    let fraction = parts.count == 2 ? parts[1] : ""
    guard !(whole.isEmpty && fraction.isEmpty), fraction.allSatisfy(\.isASCIIDigit) else {
      return nil
    }
    if parts.count == 2 && fraction.isEmpty { return nil }
    let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
    for (index, group) in groups.enumerated() {
      guard group.allSatisfy(\.isASCIIDigit) else { return nil }
      let isFirst = index == 0
      if groups.count > 1 && (isFirst ? !(1...3).contains(group.count) : group.count != 3) {
        return nil
      }
    }
    let digits = groups.joined()
    if digits.isEmpty && whole.isEmpty == false { return nil }
    return Double((digits.isEmpty ? "0" : digits) + (fraction.isEmpty ? "" : "." + fraction))
  }

  private static func trimSpaces(_ scalars: inout ArraySlice<Unicode.Scalar>) {
    while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
  }

  private static let currencySigns: Set<Unicode.Scalar> = ["₪", "$"]
  /// Direction marks that Excel and Hebrew keyboards slip around numbers; invisible, so never data.
  private static let ignorable: Set<Unicode.Scalar> = [
    "\u{200E}", "\u{200F}", "\u{202A}", "\u{202B}",
    "\u{202C}", "\u{FEFF}",
  ]
}

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
    if fractionDigits == 0 { return Double(Int64(integer)) }
    var scale = 1.0
    for _ in 0..<fractionDigits { scale *= 10 }
    return Double(Int64(integer)) / scale
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
