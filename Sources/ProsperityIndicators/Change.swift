import ProsperityModel

/// The change between two values: absolute, and relative where the earlier one is not 0.
package struct Change: Sendable, Equatable {
  /// Later − earlier, in the values' unit.
  package let absolute: Double
  /// (later − earlier) ÷ |earlier|; `nil` when the earlier value is 0.
  package let relative: Double?

  /// The change from `earlier` to `later`; `nil` when either has no value.
  package init?(from earlier: Double?, to later: Double?) {
    guard let earlier, let later else { return nil }
    absolute = later - earlier
    relative = earlier == 0 ? nil : (later - earlier) / abs(earlier)
  }
}
