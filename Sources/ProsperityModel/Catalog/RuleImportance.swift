/// How much a broken rule matters: `high` is an error (exit 65), `medium` and `low` are warnings.
package enum RuleImportance: String, CaseIterable, Sendable {
  case high, medium, low

  /// The diagnostic a violation raises.
  package var severity: Diagnostic.Severity { self == .high ? .error : .warning }
}
