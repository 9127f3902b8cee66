import ProsperityModel

/// Compares an actual value with what was expected by now, respecting which way is better.
enum Attainment {
  /// Attainment is actual / expected when up is better and expected / actual when down is better.
  /// Where that ratio is undefined (a zero or negative denominator), there is no attainment and the
  /// status says only whether the target is met: a zero actual meets a down target.
  static func evaluate(
    actual: Double, expected: Double, direction: Direction, thresholds: StatusThresholds
  ) -> (attainment: Double?, status: Status) {
    let (numerator, denominator) = direction == .up ? (actual, expected) : (expected, actual)
    if denominator > 0 && numerator >= 0 {
      let ratio = numerator / denominator
      return (ratio, thresholds.status(forAttainment: ratio))
    }
    let met = direction == .up ? actual >= expected : actual <= expected
    return (nil, met ? .green : .red)
  }
}
