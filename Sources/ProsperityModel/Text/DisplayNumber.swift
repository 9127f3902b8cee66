import Foundation

/// Numbers as people read them in the text summary: grouped digits and the unit's sign.
package enum DisplayNumber {
  /// `value` in `unit`'s form: `12,480`, `₪1,250,000`, `$42,000`, `85.0%`, `2.10`, `12 nights`.
  package static func format(_ value: Double, unit: MeasureUnit) -> String {
    switch unit {
    case .count: return grouped(value, decimals: value.rounded() == value ? 0 : 1)
    case .ils: return signed(value) { "₪" + grouped(abs($0), decimals: 0) }
    case .usd: return signed(value) { "$" + grouped(abs($0), decimals: 0) }
    case .percent: return grouped(value * 100, decimals: 1) + "%"
    case .ratio: return grouped(value, decimals: 2)
    case .other(let text): return text.isEmpty ? plain(value) : plain(value) + " " + text
    }
  }

  /// A number of a unit of the catalog's own: whole, or with up to two decimals.
  private static func plain(_ value: Double) -> String {
    guard value.rounded() != value else { return grouped(value, decimals: 0) }
    var text = grouped(value, decimals: 2)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }

  /// A change, with its sign always shown.
  package static func change(_ value: Double, unit: MeasureUnit) -> String {
    let text = format(value, unit: unit)
    return value > 0 ? "+" + text : text
  }

  /// A share such as attainment or relative change, as a percentage.
  package static func percent(_ value: Double) -> String { grouped(value * 100, decimals: 0) + "%" }

  private static func signed(_ value: Double, _ body: (Double) -> String) -> String {
    value < 0 ? "-" + body(value) : body(value)
  }

  private static func grouped(_ value: Double, decimals: Int) -> String {
    let rounded = String(format: "%.\(decimals)f", value)
    let negative = rounded.hasPrefix("-")
    let unsigned = negative ? String(rounded.dropFirst()) : rounded
    let parts = unsigned.split(separator: ".", maxSplits: 1)
    var whole = String(parts[0])
    var groups: [String] = []
    while whole.count > 3 {
      groups.insert(String(whole.suffix(3)), at: 0)
      whole.removeLast(3)
    }
    groups.insert(whole, at: 0)
    let body = groups.joined(separator: ",") + (parts.count > 1 ? "." + parts[1] : "")
    return negative && body.contains(where: { $0 != "0" && $0 != "," && $0 != "." })
      ? "-" + body : body
  }
}
