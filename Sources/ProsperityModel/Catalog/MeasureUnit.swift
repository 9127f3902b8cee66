/// The unit a figure is shown in.
package enum MeasureUnit: Hashable, Sendable {
  case count, ils, usd, percent, ratio
  /// Any other unit the catalog names (`people`, `nights`, `m3`), as written: its numbers are
  /// plain and the text is shown beside them.
  case other(String)

  /// The units that choose a number format of their own, in the order reports group them.
  package static let known: [MeasureUnit] = [.count, .ils, .usd, .percent, .ratio]

  /// The name the catalog record writes: a known unit's code, else the text as written.
  package var rawValue: String {
    switch self {
    case .count: "count"
    case .ils: "ils"
    case .usd: "usd"
    case .percent: "percent"
    case .ratio: "ratio"
    case .other(let text): text
    }
  }

  /// The unit a catalog record names: a known code, or any other text (empty for none).
  package init(rawValue: String) {
    self = Self.known.first { $0.rawValue == rawValue } ?? .other(rawValue)
  }
}
