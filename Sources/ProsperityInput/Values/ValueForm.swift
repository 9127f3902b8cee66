import ProsperityModel

/// How a value was written, as far as its text says what it measures: `85%` is a percentage,
/// `₪300` shekels, `$300` dollars, `300` none of these.
enum ValueForm: Sendable {
  case plain, percent, shekels, dollars

  /// Whether a value written this way, read as `value`, can be a figure in `unit`; `false` when
  /// its form says it is something else, and reading it would put a wrong number in a report:
  /// `1781%` on a count would be 17.81 rooms, `$16,983,000` on a shekel measure shekels.
  ///
  /// A percentage fits a percent and a ratio (both are pure numbers, 62% being 0.62); a sign
  /// fits its own currency; a unit of the catalog's own takes the forms its name mentions (`₪`
  /// for `אלפי ₪`). A plain number fits every unit but a percentage, where only a fraction
  /// (at most 1 either way) is taken as one: a plain 85 means 85% far more often than 8,500%,
  /// so it is neither read as 8,500% nor guessed to be 85%.
  func fits(_ unit: MeasureUnit, value: Double) -> Bool {
    switch (self, unit) {
    case (.plain, .percent): return abs(value) <= 1
    case (.plain, _), (.percent, .percent), (.percent, .ratio), (.shekels, .ils),
      (.dollars, .usd):
      return true
    case (_, .other(let name)):
      let name = name.lowercased()
      return words.contains { name.contains($0) }
    default: return false
    }
  }

  /// What a unit's own name says when it is of this form.
  private var words: [String] {
    switch self {
    case .plain: return [""]
    case .percent: return ["%", "percent", "אחוז"]
    case .shekels: return ["₪", "ש\"ח", "ש״ח", "nis", "ils", "shekel", "שקל"]
    case .dollars: return ["$", "usd", "dollar", "דולר"]
    }
  }
}
