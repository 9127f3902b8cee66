import ProsperityModel

/// A reported value that looks wrong against its own history: listed for review, never changed or
/// dropped.
package struct Outlier: Sendable {
  /// Why the value is listed; a value may have more than one.
  package enum Reason: Sendable, Equatable {
    /// |modified z-score| above the threshold.
    case farFromHistory
    /// The history never changed (e.g. all zeros) and this value differs from it: no z-score exists.
    case breaksConstantHistory
    /// More than the jump ratio times the previous quarter, or less than its 1/ratio.
    case jump
  }

  /// The id of the engine that reported the value.
  package let engine: String
  /// The measure's id.
  package let measure: String
  /// The quarter's value, as reported.
  package let value: Double
  /// The earlier quarters' values, oldest first: what makes the value suspicious.
  package let history: [(quarter: Quarter, value: Double)]
  /// The history's median; `nil` where the history is too short, or too large to measure.
  package let median: Double?
  /// The value's modified z-score, 0.6745 × (value − median) ÷ MAD (the mean absolute deviation
  /// stands in when MAD is 0); `nil` where there is no median or the history never changed.
  package let zScore: Double?
  /// The value ÷ the previous quarter's, when both are positive.
  package let jumpRatio: Double?
  /// Never empty: far from history or breaking a constant one first, then a jump.
  package let reasons: [Reason]
  /// Where the value stands in its KPI file.
  package let location: SourceLocation
}
