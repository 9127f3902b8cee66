/// A validation rule of `rules.csv`: `left operator right` must hold in every quarter.
package struct ValidationRule: Sendable {
  /// The rule's name in every message.
  package let id: String
  /// The engines whose data the rule checks; `activities.*` in a formula means each one's own.
  package let engines: [String]
  /// The left side as written, for messages and the checks sheet.
  package let leftText: String
  /// The left side parsed, evaluated over one quarter's measure values (not the year to date).
  package let left: Formula
  /// The comparison `left op right` that must hold.
  package let op: RuleOperator
  /// The right side as written.
  package let rightText: String
  /// The right side parsed.
  package let right: Formula
  /// Whether a broken rule is an error or a warning.
  package let importance: RuleImportance
  /// What to do when a measure of either side has no value.
  package let missing: MissingValueStrategy
  /// The rule author's own words, added to the diagnostic.
  package let message: String
  /// The rule's row in rules.csv.
  package let location: SourceLocation

  /// A rule as a row of rules.csv defines it, already checked by the loader.
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
