/// The measures every engine's activity file yields, usable in formulas as `activities.<name>`; in a
/// formula they always mean the indicator's own engine.
package enum ActivityMeasure: String, CaseIterable, Sendable {
  case count, active, completed, delayed
  case budgetPlanned = "budget_planned"
  case budgetSpent = "budget_spent"
  case participants

  /// What starts every activity measure's id in a formula.
  package static let prefix = "activities."

  init?(id: String) {
    guard id.hasPrefix(Self.prefix) else { return nil }
    self.init(rawValue: String(id.dropFirst(Self.prefix.count)))
  }

  /// The id used in formulas, `activities.count`.
  package var id: String { Self.prefix + rawValue }

  /// Counts and budgets are totals to date (stocks); participants are those of the quarter (a flow).
  var kind: MeasureKind { self == .participants ? .flow : .stock }

  var unit: MeasureUnit {
    switch self {
    case .budgetPlanned, .budgetSpent: return .ils
    default: return .count
    }
  }

  /// The status whose rows this measure counts, for the status counts.
  package var countedStatus: ActivityStatus? {
    switch self {
    case .active: return .active
    case .completed: return .completed
    case .delayed: return .delayed
    default: return nil
    }
  }
}
