/// A number, or the reason there is none. Missing figures are never read as 0.
package enum Figure: Hashable, Sendable, Codable {
  case value(Double)
  case unavailable(LocalizedText)

  /// The number, or `nil` when there is none.
  package var value: Double? {
    if case .value(let value) = self { return value }
    return nil
  }

  /// Why there is no number, or `nil` when there is one.
  package var reason: LocalizedText? {
    if case .unavailable(let reason) = self { return reason }
    return nil
  }
}
