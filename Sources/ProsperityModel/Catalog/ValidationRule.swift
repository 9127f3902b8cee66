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
