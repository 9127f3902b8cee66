/// How a validation rule treats a measure that has no value, as DHIS2's missing-value strategies do.
public enum MissingValueStrategy: String, CaseIterable, Sendable {
  /// The rule is not checked when any measure of either side has no value (the default).
  case skipIfAny = "skip_if_any"
  /// The rule is not checked when every measure has no value; otherwise a missing one counts as 0.
  case skipIfAll = "skip_if_all"
  /// The rule is always checked; a missing measure counts as 0.
  case neverSkip = "never_skip"
}

/// How much a broken rule matters: `high` is an error (exit 65), `medium` and `low` are warnings.
public enum RuleImportance: String, CaseIterable, Sendable {
  case high, medium, low

  /// The diagnostic a violation raises.
  public var severity: Diagnostic.Severity { self == .high ? .error : .warning }
}

/// The comparison a validation rule makes between its two sides.
public enum RuleOperator: String, CaseIterable, Sendable {
  case equal = "=="
  case notEqual = "!="
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="

  /// Whether `left op right` holds. Equality allows a relative difference of 1e-9, so a rule such
  /// as `a == b + c` is not broken by the rounding of decimal inputs.
  public func holds(_ left: Double, _ right: Double) -> Bool {
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
public struct ValidationRule: Sendable {
  /// The rule's name in every message.
  public let id: String
  /// The engines whose data the rule checks; `activities.*` in a formula means each one's own.
  public let engines: [String]
  /// The left side as written, and parsed.
  public let leftText: String
  public let left: Formula
  public let op: RuleOperator
  /// The right side as written, and parsed.
  public let rightText: String
  public let right: Formula
  public let importance: RuleImportance
  public let missing: MissingValueStrategy
  /// The rule author's own words, added to the diagnostic.
  public let message: String
  /// The rule's row in rules.csv.
  public let location: SourceLocation
}

/// An indicator's baseline: the value before the plan's work began, and the year it was measured.
public struct Baseline: Hashable, Sendable {
  /// In the indicator's unit; for a cumulative indicator, a whole year's total.
  public let value: Double
  /// The year the baseline was measured, when given.
  public let year: Int?
}

/// The data-quality settings of `settings.csv`, with their defaults.
public struct QualitySettings: Hashable, Sendable {
  /// A value whose modified z-score against its own history exceeds this is an outlier.
  public var zScoreThreshold = 3.5
  /// A value more than this many times the previous quarter's (or less than its 1/ratio) is a jump.
  public var jumpRatio = 3.0
  /// The fewest earlier quarters a z-score is computed from.
  public var minimumHistory = 4
  /// Files are due this many days after the quarter's last day.
  public var dueDays = 30
  /// Whether a file's modification time counts as its arrival when it has no `submitted` date.
  public var useFileTimes = false

  public init() {}
}

/// What the catalog adds for data quality: validation rules, baselines and settings.
public struct QualityCatalog: Sendable {
  /// In the order of rules.csv.
  public var rules: [ValidationRule] = []
  /// By indicator id.
  public var baselines: [String: Baseline] = [:]
  public var settings = QualitySettings()

  public init() {}
}
