import ProsperityModel

/// What checking one validation rule for one engine in one quarter found.
package struct RuleResult: Sendable {
  /// What the check found, with both sides' values where they could be computed.
  package enum Outcome: Sendable {
    case passed(left: Double, right: Double)
    case violated(left: Double, right: Double)
    /// Not checked, with the reason (missing values under the rule's strategy, division by zero).
    case skipped(LocalizedText)
  }

  /// The rule checked.
  package let rule: ValidationRule
  /// The engine whose data was checked.
  package let engine: String
  /// Held, broken, or not checked and why.
  package let outcome: Outcome
  /// The measures that had no value and were counted as 0 under the rule's strategy.
  package let countedAsZero: [String]

  var isViolation: Bool {
    if case .violated = outcome { return true }
    return false
  }
}

/// Checks the validation rules of `rules.csv` against one quarter's values, with DHIS2's
/// missing-value strategies. A violation is a diagnostic whose severity follows the rule's
/// importance and which names both sides' values.
struct RuleCheck {
  let dataset: Dataset
  let quarter: Quarter

  func run(log: inout DiagnosticLog) -> [RuleResult] {
    guard dataset.quarters[quarter] != nil else { return [] }
    var results: [RuleResult] = []
    for rule in dataset.catalog.quality.rules {
      for engine in rule.engines {
        let result = check(rule, engine: engine)
        if case .violated(let left, let right) = result.outcome {
          log.append(
            Diagnostic(
              rule.importance.severity,
              Messages.ruleViolated(
                rule: rule, engine: engine, quarter: quarter, left: left, right: right,
                countedAsZero: result.countedAsZero),
              at: location(of: rule, engine: engine), quarter: quarter))
        }
        results.append(result)
      }
    }
    return results
  }

  func check(_ rule: ValidationRule, engine: String) -> RuleResult {
    let lookup = MeasureLookup(dataset: dataset)
    var ids: [String] = []
    for id in rule.left.measureIDs + rule.right.measureIDs where !ids.contains(id) {
      ids.append(id)
    }
    let missing = ids.filter {
      lookup.quarterFigure($0, engine: engine, quarter: quarter).value == nil
    }
    let skip: Bool
    switch rule.missing {
    case .skipIfAny: skip = !missing.isEmpty
    case .skipIfAll: skip = !ids.isEmpty && missing.count == ids.count
    case .neverSkip: skip = false
    }
    if skip {
      return RuleResult(
        rule: rule, engine: engine,
        outcome: .skipped(Messages.ruleSkipped(missing: missing, strategy: rule.missing)),
        countedAsZero: [])
    }
    let read = { (id: String) -> Figure in
      let figure = lookup.quarterFigure(id, engine: engine, quarter: quarter)
      return figure.value == nil ? .value(0) : figure
    }
    let left = rule.left.evaluate(read)
    let right = rule.right.evaluate(read)
    guard let leftValue = left.value, let rightValue = right.value else {
      let reason = left.reason ?? right.reason ?? Messages.ruleNotComputable
      return RuleResult(
        rule: rule, engine: engine, outcome: .skipped(reason), countedAsZero: missing)
    }
    let outcome: RuleResult.Outcome =
      rule.op.holds(leftValue, rightValue)
      ? .passed(left: leftValue, right: rightValue)
      : .violated(left: leftValue, right: rightValue)
    return RuleResult(rule: rule, engine: engine, outcome: outcome, countedAsZero: missing)
  }

  /// Where the reported figure the rule reads first stands in its KPI file; the rule's own row when
  /// it reads only activity totals or constants.
  private func location(of rule: ValidationRule, engine: String) -> SourceLocation {
    for id in rule.left.measureIDs + rule.right.measureIDs {
      guard let measure = dataset.catalog.measures[id],
        let here = dataset.engineQuarter(measure.engine, quarter)
      else { continue }
      if let report = here.measures[id] { return report.location }
      if let file = here.kpiFile { return SourceLocation(file: file) }
    }
    if let file = dataset.engineQuarter(engine, quarter)?.activitiesFile,
      rule.left.measureIDs.contains(where: {
        if case .activities = dataset.catalog.measure(named: $0) { return true }
        return false
      })
    {
      return SourceLocation(file: file)
    }
    return rule.location
  }
}
