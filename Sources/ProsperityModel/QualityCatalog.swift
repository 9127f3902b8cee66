/// How a validation rule treats a measure that has no value, as DHIS2's missing-value strategies do.
package enum MissingValueStrategy: String, CaseIterable, Sendable {
  /// The rule is not checked when any measure of either side has no value (the default).
  case skipIfAny = "skip_if_any"
  /// The rule is not checked when every measure has no value; otherwise a missing one counts as 0.
  case skipIfAll = "skip_if_all"
  /// The rule is always checked; a missing measure counts as 0.
  case neverSkip = "never_skip"
}

/// How much a broken rule matters: `high` is an error (exit 65), `medium` and `low` are warnings.
package enum RuleImportance: String, CaseIterable, Sendable {
  case high, medium, low

  /// The diagnostic a violation raises.
  package var severity: Diagnostic.Severity { self == .high ? .error : .warning }
}

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

/// A validation rule of `rules.csv`: `left operator right` must hold in every quarter.
package struct ValidationRule: Sendable {
  /// The rule's name in every message.
  package let id: String
  /// The engines whose data the rule checks; `activities.*` in a formula means each one's own.
  package let engines: [String]
  /// The left side as written, and parsed.
  package let leftText: String
  package let left: Formula
  package let op: RuleOperator
  /// The right side as written, and parsed.
  package let rightText: String
  package let right: Formula
  package let importance: RuleImportance
  package let missing: MissingValueStrategy
  /// The rule author's own words, added to the diagnostic.
  package let message: String
  /// The rule's row in rules.csv.
  package let location: SourceLocation

  package init(
    id: String, engines: [String], leftText: String, left: Formula, op: RuleOperator,
    rightText: String, right: Formula, importance: RuleImportance, missing: MissingValueStrategy,
    message: String, location: SourceLocation
  ) {
    self.id = id
    self.engines = engines
    self.leftText = leftText
    self.left = left
    self.op = op
    self.rightText = rightText
    self.right = right
    self.importance = importance
    self.missing = missing
    self.message = message
    self.location = location
  }
}

/// An indicator's baseline: the value before the plan's work began, and the year it was measured.
package struct Baseline: Hashable, Sendable {
  /// In the indicator's unit; for a cumulative indicator, a whole year's total.
  package let value: Double
  /// The year the baseline was measured, when given.
  package let year: Int?

  package init(
    value: Double, year: Int?
  ) {
    self.value = value
    self.year = year
  }
}

/// The data-quality settings of `settings.csv`, with their defaults.
package struct QualitySettings: Hashable, Sendable {
  /// A value whose modified z-score against its own history exceeds this is an outlier.
  package var zScoreThreshold = 3.5
  /// A value more than this many times the previous quarter's (or less than its 1/ratio) is a jump.
  package var jumpRatio = 3.0
  /// The fewest earlier quarters a z-score is computed from.
  package var minimumHistory = 4
  /// Files are due this many days after the quarter's last day.
  package var dueDays = 30
  /// Whether a file's modification time counts as its arrival when it has no `submitted` date.
  package var useFileTimes = false
  /// When an activity's spending is flagged.
  package var budget = BudgetThresholds()

  package init() {}
}

/// What the catalog adds for data quality: validation rules, baselines and settings.
package struct QualityCatalog: Sendable {
  /// In the order of rules.csv.
  package var rules: [ValidationRule] = []
  /// By indicator id.
  package var baselines: [String: Baseline] = [:]
  package var settings = QualitySettings()

  package init() {}
}
