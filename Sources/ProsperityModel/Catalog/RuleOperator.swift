/// The comparison a validation rule makes between its two sides.
package enum RuleOperator: String, CaseIterable, Sendable {
  case equal = "=="
  case notEqual = "!="
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="

  /// Whether `left op right` holds. Equality allows a relative difference of 1e-9, so a rule such
  /// as `a == b + c` is not broken by the rounding of decimal inputs.
  package func holds(_ left: Double, _ right: Double) -> Bool {
    let close = abs(left - right) <= 1e-9 * max(1, abs(left), abs(right))
    switch self {
    case .equal: return close
    case .notEqual: return !close
    case .less: return left < right && !close
    case .lessOrEqual: return left <= right || close
    case .greater: return left > right && !close
    case .greaterOrEqual: return left >= right || close
    }
  }
}
