import ProsperityModel

extension CatalogLoader {
  /// Reads `rules.csv`: `rule,engine,left,operator,right,importance,missing,message`. A bad row is
  /// rejected with the column that is wrong; the other rules still run.
  mutating func readRules(_ table: TableFile) {
    for record in table.records {
      guard let id = identifier(record, "rule") else { continue }
      guard !catalog.quality.rules.contains(where: { $0.id == id }) else {
        reject(Messages.duplicateID(id), record, "rule")
        continue
      }
      let engineText = record["engine"]
      let engines: [String]
      if engineText.isEmpty || engineText == "*" {
        engines = catalog.engines.map(\.id)
      } else {
        guard let engine = knownEngine(record) else { continue }
        engines = [engine]
      }
      guard let left = formula(record, "left"), let right = formula(record, "right") else {
        continue
      }
      guard let op = Self.ruleOperator(record["operator"]) else {
        reject(Messages.badOperator(record["operator"]), record, "operator")
        continue
      }
      let importanceText = record["importance"].lowercased()
      guard
        let importance = importanceText.isEmpty ? .medium : RuleImportance(rawValue: importanceText)
      else {
        reject(Messages.badImportance(record["importance"]), record, "importance")
        continue
      }
      let missingText = record["missing"].lowercased()
      guard
        let missing = missingText.isEmpty ? .skipIfAny : MissingValueStrategy(rawValue: missingText)
      else {
        reject(Messages.badMissingStrategy(record["missing"]), record, "missing")
        continue
      }
      catalog.quality.rules.append(
        ValidationRule(
          id: id, engines: engines, leftText: record["left"], left: left, op: op,
          rightText: record["right"], right: right, importance: importance, missing: missing,
          message: record["message"], location: record.location("rule")))
    }
  }

  /// `==`, `!=`, `<`, `<=`, `>`, `>=`, and the forms people type: `=`, `≤`, `≥`, `≠`, `<>`.
  static func ruleOperator(_ text: String) -> RuleOperator? {
    switch text.trimmingCharacters(in: .whitespaces) {
    case "=": return .equal
    case "≠", "<>": return .notEqual
    case "≤", "=<": return .lessOrEqual
    case "≥", "=>": return .greaterOrEqual
    case let other: return RuleOperator(rawValue: other)
    }
  }
}
