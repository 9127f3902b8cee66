/// ``NumberParser/read(_:)`` on UTF-8 bytes, for the forms Excel writes in Israel (`"₪57,300"`,
/// `"₪ 57,300.00"`, `"$1,250,000"`, `"1,234"`, `72.5%`, `n/a`), so that an activity row's amounts
/// need no `String`.
extension NumberParser {
  /// What ``read(_:)`` gives the text of `bytes`, worked out step by step as it works it out on
  /// the text's scalars; `nil` when `bytes` hold anything but ASCII and `₪` (a direction mark, a
  /// space beyond ASCII, malformed UTF-8…), which the `String` rules then read.
  ///
  /// In ASCII and `₪` every character is one scalar and the only white space is ASCII's, so the
  /// steps on bytes are the steps on scalars; the digits left at the end are read by
  /// ``plainValue(_:)``, which gives what `Double(String)` gives them.
  static func read(utf8 bytes: UnsafeBufferPointer<UInt8>) -> (
    number: ParsedNumber, form: ValueForm
  )? {
    if let plain = plainValue(bytes) { return (plain.isFinite ? .value(plain) : .invalid, .plain) }
    guard let base = bytes.baseAddress else { return (.notReported, .plain) }
    guard isASCIIOrShekel(bytes) else { return nil }
    var text = ByteRange(base: base, start: 0, end: bytes.count)
    text.trimSpaces()
    if text.isEmpty { return (.notReported, .plain) }
    if text.isNotApplicable { return (.notReported, .plain) }

    var negative = false
    var percent = false
    var currency: Currency?
    if text.last == UInt8(ascii: "%") {
      percent = true
      text.end -= 1
      text.trimSpaces()
    }
    if let last = text.currencyAtEnd {
      currency = last
      text.end -= last.length
      text.trimSpaces()
    }
    if let first = text.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
      negative = first == UInt8(ascii: "-")
      text.start += 1
      text.trimSpaces()
    }
    if let first = text.currencyAtStart {
      if currency != nil { return (.invalid, .plain) }
      currency = first
      text.start += first.length
      text.trimSpaces()
      if !negative, text.first == UInt8(ascii: "-") {
        negative = true
        text.start += 1
      }
    }
    if percent && currency != nil { return (.invalid, .plain) }
    guard let magnitude = unsignedValue(text) else { return (.invalid, .plain) }
    let signed = negative ? -magnitude : magnitude
    let result = percent ? signed / 100 : signed
    let form: ValueForm =
      percent ? .percent : currency == .shekel ? .shekels : currency == .dollar ? .dollars : .plain
    return (result.isFinite ? .value(result) : .invalid, form)
  }

  /// The currency signs the parser takes, and how many bytes each is in UTF-8.
  private enum Currency {
    case shekel, dollar

    var length: Int { self == .shekel ? 3 : 1 }

    /// `₪`, U+20AA.
    static let shekelUTF8: (UInt8, UInt8, UInt8) = (0xE2, 0x82, 0xAA)
  }

  /// Whether every byte is ASCII or part of a `₪`.
  private static func isASCIIOrShekel(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      if bytes[index] < 0x80 {
        index += 1
        continue
      }
      guard index + 2 < bytes.count,
        (bytes[index], bytes[index + 1], bytes[index + 2]) == Currency.shekelUTF8
      else { return false }
      index += 3
    }
    return true
  }

  /// The value of digits with optional grouping commas and an optional decimal part, as
  /// `parseUnsigned` reads their text; `nil` when they are not such digits.
  private static func unsignedValue(_ text: ByteRange) -> Double? {
    var point: Int?
    for index in text.start..<text.end where text.base[index] == UInt8(ascii: ".") {
      if point != nil { return nil }
      point = index
    }
    let wholeEnd = point ?? text.end
    let fractionStart = point.map { $0 + 1 } ?? text.end
    if wholeEnd == text.start && fractionStart == text.end { return nil }
    if point != nil && fractionStart == text.end { return nil }
    for index in fractionStart..<text.end where !isDigit(text.base[index]) { return nil }
    // The groups between commas: with a comma, the first has one to three digits and every
    // other three.
    var groups = 0
    var groupLength = 0
    var firstLength = 0
    var digits = 0
    for index in text.start...wholeEnd {
      if index == wholeEnd || text.base[index] == UInt8(ascii: ",") {
        if groups == 0 { firstLength = groupLength } else if groupLength != 3 { return nil }
        groups += 1
        groupLength = 0
      } else if isDigit(text.base[index]) {
        groupLength += 1
        digits += 1
      } else {
        return nil
      }
    }
    if groups > 1 && !(1...3).contains(firstLength) { return nil }
    if digits == 0 && wholeEnd > text.start { return nil }
    // The digits without their commas, then the decimal part: the text `Double` is given.
    let fractionLength = text.end - fractionStart
    let length = max(digits, 1) + (fractionLength > 0 ? 1 + fractionLength : 0)
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { buffer in
      var out = 0
      if digits == 0 {
        buffer[out] = UInt8(ascii: "0")
        out += 1
      }
      for index in text.start..<wholeEnd where text.base[index] != UInt8(ascii: ",") {
        buffer[out] = text.base[index]
        out += 1
      }
      if fractionLength > 0 {
        buffer[out] = UInt8(ascii: ".")
        out += 1
        for index in fractionStart..<text.end {
          buffer[out] = text.base[index]
          out += 1
        }
      }
      return plainValue(UnsafeBufferPointer(rebasing: buffer[..<out]))
    }
  }

  @inline(__always)
  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  /// The part of a field still to read, narrowed from both ends as signs are taken off.
  private struct ByteRange {
    let base: UnsafePointer<UInt8>
    var start: Int
    var end: Int

    var isEmpty: Bool { start >= end }
    var first: UInt8? { isEmpty ? nil : base[start] }
    var last: UInt8? { isEmpty ? nil : base[end - 1] }

    /// `n/a` in any case.
    var isNotApplicable: Bool {
      end - start == 3 && base[start] | 0x20 == UInt8(ascii: "n")
        && base[start + 1] == UInt8(ascii: "/") && base[start + 2] | 0x20 == UInt8(ascii: "a")
    }

    var currencyAtEnd: Currency? {
      if last == UInt8(ascii: "$") { return .dollar }
      guard end - start >= 3 else { return nil }
      return (base[end - 3], base[end - 2], base[end - 1]) == Currency.shekelUTF8 ? .shekel : nil
    }

    var currencyAtStart: Currency? {
      if first == UInt8(ascii: "$") { return .dollar }
      guard end - start >= 3 else { return nil }
      return (base[start], base[start + 1], base[start + 2]) == Currency.shekelUTF8 ? .shekel : nil
    }

    /// Drops ASCII white space (Unicode's White_Space in ASCII: tab to carriage return, space)
    /// from both ends.
    mutating func trimSpaces() {
      while start < end, Self.isSpace(base[start]) { start += 1 }
      while end > start, Self.isSpace(base[end - 1]) { end -= 1 }
    }

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
  }
}
