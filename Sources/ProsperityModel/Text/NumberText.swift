/// Numbers as the machine-readable outputs write them.
package enum NumberText {
  /// The shortest text that reads back to the same double, with a dot decimal, no grouping and no
  /// exponent; integers have no ".0".
  package static func plain(_ value: Double) -> String {
    precondition(value.isFinite, "non-finite numbers never reach a report")
    if value == 0 { return "0" }
    let shortest = "\(value)"
    let negative = shortest.hasPrefix("-")
    let unsigned = negative ? String(shortest.dropFirst()) : shortest
    var text: String
    if let marker = unsigned.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      text = expand(
        mantissa: String(unsigned[..<marker]),
        exponent: Int(unsigned[unsigned.index(after: marker)...]) ?? 0)
    } else {
      text = unsigned
    }
    if text.hasSuffix(".0") { text.removeLast(2) }
    return negative ? "-" + text : text
  }

  /// Writes `mantissa × 10^exponent` out in full, moving the decimal point.
  private static func expand(mantissa: String, exponent: Int) -> String {
    let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    let whole = String(parts[0])
    let fraction = parts.count > 1 ? String(parts[1]) : ""
    var digits = whole + fraction
    let point = whole.count + exponent
    while digits.count > 1 && digits.hasSuffix("0") && digits.count > point { digits.removeLast() }
    if point <= 0 {
      return "0." + String(repeating: "0", count: -point) + digits
    }
    if point >= digits.count {
      return digits + String(repeating: "0", count: point - digits.count)
    }
    let index = digits.index(digits.startIndex, offsetBy: point)
    return String(digits[..<index]) + "." + String(digits[index...])
  }
}
