/// An indicator's formula: numbers and measure ids joined by + - * / and parentheses.
package indirect enum Formula: Hashable, Sendable, CustomStringConvertible {
  /// A binary operator, spelt as in the catalog.
  package enum Operator: Character, Sendable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
  }

  case number(Double)
  case measure(String)
  case negate(Formula)
  case binary(Operator, Formula, Formula)

  /// Every measure id the formula reads, in order of first use.
  package var measureIDs: [String] {
    var seen: [String] = []
    func walk(_ formula: Formula) {
      switch formula {
      case .number: break
      case .measure(let id): if !seen.contains(id) { seen.append(id) }
      case .negate(let inner): walk(inner)
      case .binary(_, let left, let right):
        walk(left)
        walk(right)
      }
    }
    walk(self)
    return seen
  }

  /// The formula written back with full parentheses, for messages and the definitions sheet.
  package var description: String {
    switch self {
    case .number(let value): return NumberText.plain(value)
    case .measure(let id): return id
    case .negate(let inner): return "-\(inner.parenthesized)"
    case .binary(let op, let left, let right):
      return "\(left.parenthesized) \(op.rawValue) \(right.parenthesized)"
    }
  }

  private var parenthesized: String {
    if case .binary = self { return "(\(description))" }
    return description
  }
}
