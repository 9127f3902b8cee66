/// The period a target is set for.
package enum TargetPeriod: Hashable, Sendable, CustomStringConvertible {
  case year(Int)
  case quarter(Quarter)

  /// As targets.csv writes the period: `2026` or `2026-Q3`.
  package var description: String {
    switch self {
    case .year(let year): return String(year)
    case .quarter(let quarter): return quarter.description
    }
  }
}
