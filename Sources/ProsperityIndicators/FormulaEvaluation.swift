import ProsperityModel

extension Formula {
  /// The formula's value, reading each measure through `lookup`.
  ///
  /// The first missing measure or division by zero gives the reason there is no value; a result that
  /// is not finite is never returned.
  package func evaluate(_ lookup: (String) -> Figure) -> Figure {
    switch self {
    case .number(let value):
      return .value(value)
    case .measure(let id):
      return lookup(id)
    case .negate(let inner):
      return inner.evaluate(lookup).map { -$0 }
    case .binary(let op, let left, let right):
      let lhs = left.evaluate(lookup)
      guard case .value(let a) = lhs else { return lhs }
      let rhs = right.evaluate(lookup)
      guard case .value(let b) = rhs else { return rhs }
      let result: Double
      switch op {
      case .add: result = a + b
      case .subtract: result = a - b
      case .multiply: result = a * b
      case .divide:
        guard b != 0 else { return .unavailable(Messages.divisionByZero(right.description)) }
        result = a / b
      }
      return result.isFinite ? .value(result) : .unavailable(Messages.notFinite(description))
    }
  }
}

extension Figure {
  func map(_ transform: (Double) -> Double) -> Figure {
    guard case .value(let value) = self else { return self }
    return .value(transform(value))
  }
}
