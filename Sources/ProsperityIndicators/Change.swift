import ProsperityModel

/// The change between two values: absolute, and relative where the earlier one is not 0.
package struct Change: Sendable, Equatable {
  package let absolute: Double
  package let relative: Double?

  package init?(from earlier: Double?, to later: Double?) {
    guard let earlier, let later else { return nil }
    absolute = later - earlier
    relative = earlier == 0 ? nil : (later - earlier) / abs(earlier)
  }
}
