import ProsperityModel

/// A reported value that looks wrong against its own history: listed for review, never changed or
/// dropped.
package struct Outlier: Sendable {
  package enum Reason: Sendable, Equatable {
    /// |modified z-score| above the threshold.
    case farFromHistory
    /// The history never changed (e.g. all zeros) and this value differs from it: no z-score exists.
    case breaksConstantHistory
    /// More than the jump ratio times the previous quarter, or less than its 1/ratio.
    case jump
  }

  package let engine: String
  package let measure: String
  /// The quarter's value, as reported.
  package let value: Double
  /// The earlier quarters' values, oldest first: what makes the value suspicious.
  package let history: [(quarter: Quarter, value: Double)]
  /// The history's median and the value's modified z-score; `nil` where the history is too short,
  /// and the score `nil` too where the history never changed.
  package let median: Double?
  package let zScore: Double?
  /// The value ÷ the previous quarter's, when both are positive.
  package let jumpRatio: Double?
  package let reasons: [Reason]
  /// Where the value stands in its KPI file.
  package let location: SourceLocation
}
