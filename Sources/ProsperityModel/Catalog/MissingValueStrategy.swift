/// How a validation rule treats a measure that has no value, as DHIS2's missing-value strategies do.
package enum MissingValueStrategy: String, CaseIterable, Sendable {
  /// The rule is not checked when any measure of either side has no value (the default).
  case skipIfAny = "skip_if_any"
  /// The rule is not checked when every measure has no value; otherwise a missing one counts as 0.
  case skipIfAll = "skip_if_all"
  /// The rule is always checked; a missing measure counts as 0.
  case neverSkip = "never_skip"
}
