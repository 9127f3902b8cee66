import ProsperityModel

/// Which of an indicator's values its target is compared with.
package enum Comparison: Sendable {
  /// A target set for the quarter itself.
  case quarterValue
  /// An annual target, as expected by this point of the year.
  case yearToDate
}
