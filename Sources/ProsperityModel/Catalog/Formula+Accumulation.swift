/// Whether an indicator grows through the year as its flows do, so that its annual target is
/// spread over the quarters.
///
/// The rule: the formula is linear in flow measures — a sum or difference of terms, each one flow
/// measure times or divided by constants or stock measures. `exports / exporting_companies`
/// accumulates (its year to date is the year's exports over the latest number of companies, which
/// grows with the exports); `graduated / enrolled` does not (a flow over a flow is a rate), nor
/// does a stock alone, a product of two flows, or a flow plus a constant.
extension Formula {
  /// Whether the formula accumulates when `isFlow` tells which measure ids are flows.
  package func accumulates(_ isFlow: (String) -> Bool) -> Bool {
    degree(isFlow) == .linear
  }

  /// How the formula depends on the flows it reads.
  private enum FlowDegree {
    /// It reads no flow: constants and stocks only, a scale that does not grow with the year.
    case none
    /// Each term is exactly one flow, scaled by what reads no flow.
    case linear
    /// Anything else: flows multiplied or divided by flows, or terms without a flow added to
    /// terms with one.
    case other
  }

  private func degree(_ isFlow: (String) -> Bool) -> FlowDegree {
    switch self {
    case .number: return .none
    case .measure(let id): return isFlow(id) ? .linear : .none
    case .negate(let inner): return inner.degree(isFlow)
    case .binary(let op, let left, let right):
      let (lhs, rhs) = (left.degree(isFlow), right.degree(isFlow))
      if lhs == .other || rhs == .other { return .other }
      switch op {
      case .add, .subtract:
        return lhs == rhs ? lhs : .other
      case .multiply:
        if lhs == .none { return rhs }
        return rhs == .none ? lhs : .other
      case .divide:
        return rhs == .none ? lhs : .other
      }
    }
  }
}
