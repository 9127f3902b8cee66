import ProsperityIndicators
import ProsperityModel

/// How an indicator stands in one quarter of a comparison: a value, no value because a measure it
/// reads was not reported, or no value although every measure was (a division by zero).
package enum Observation: Hashable, Sendable {
  case value(Double)
  case notReported(LocalizedText)
  case undefined(LocalizedText)

  /// The value, or `nil` when there is none.
  package var value: Double? {
    if case .value(let value) = self { return value }
    return nil
  }

  /// Why there is no value, or `nil` when there is one.
  package var reason: LocalizedText? {
    switch self {
    case .value: return nil
    case .notReported(let reason), .undefined(let reason): return reason
    }
  }
}

/// What happened to an indicator between the earlier and the later quarter of a comparison.
package enum Verdict: String, CaseIterable, Sendable {
  /// Both quarters have a value and it moved the way the indicator's direction calls better.
  case improved
  case worsened
  /// Both values are equal within ``Verdict/unchangedTolerance``.
  case unchanged
  /// The measures were not reported in the earlier quarter and the later has a value.
  case new
  /// The earlier quarter has a value and the measures were not reported in the later one.
  case noLongerReported = "no_longer_reported"
  /// Any other case without two values: a value is undefined (a division by zero) in one of them,
  /// or neither quarter reported the measures.
  case noValue = "no_value"
  /// The indicator is in the later quarter's catalog only.
  case added
  /// The indicator is in the earlier quarter's catalog only.
  case removed
  /// The indicator's formula, direction or unit differs between the two quarters' catalogs.
  case redefined

  /// Values that differ by no more than this share of the larger of the two in magnitude are
  /// unchanged: 0.5%, so 200 → 201 is unchanged, 0 → 0 is unchanged and 0 → 1 is not.
  static let unchangedTolerance = 0.005

  /// Whether the verdict is about the catalog rather than about performance.
  package var isCatalogChange: Bool { self == .added || self == .removed || self == .redefined }

  /// The verdict on two observations of an indicator whose definition is the same in both.
  static func judge(
    earlier: Observation, later: Observation, direction: Direction
  ) -> Verdict {
    switch (earlier, later) {
    case (.value(let before), .value(let after)):
      let delta = after - before
      if abs(delta) <= unchangedTolerance * max(abs(before), abs(after)) { return .unchanged }
      return (delta > 0) == (direction == .up) ? .improved : .worsened
    case (.notReported, .value): return .new
    case (.value, .notReported): return .noLongerReported
    default: return .noValue
    }
  }

  /// The verdict as the reports name it.
  package var label: LocalizedText { CompareText.verdict(self) }
}
