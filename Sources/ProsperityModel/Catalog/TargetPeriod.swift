/// The period a target is set for.
package enum TargetPeriod: Hashable, Sendable, CustomStringConvertible {
  case year(Int)
  case quarter(Quarter)

  package var description: String {
    switch self {
    case .year(let year): return String(year)
    case .quarter(let quarter): return quarter.description
    }
  }
}
