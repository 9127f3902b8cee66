import ProsperityInput
import ProsperityModel

/// What makes an indicator's numbers comparable from one quarter to another: its formula (written
/// back in normal form, so spacing does not count), direction and unit. Recorded with every
/// published quarter in `catalog-QUARTER.csv`.
package struct IndicatorDefinition: Hashable, Sendable {
  package let id: String
  package let engine: String
  package let name: LocalizedText
  package let unit: MeasureUnit
  package let direction: Direction
  /// The formula in normal form (``Formula/description``).
  package let formula: String

  package init(
    id: String, engine: String, name: LocalizedText, unit: MeasureUnit, direction: Direction,
    formula: String
  ) {
    self.id = id
    self.engine = engine
    self.name = name
    self.unit = unit
    self.direction = direction
    self.formula = formula
  }

  package init(_ indicator: Indicator) {
    self.init(
      id: indicator.id, engine: indicator.engine, name: indicator.name, unit: indicator.unit,
      direction: indicator.direction, formula: indicator.formula.description)
  }

  /// The parts that differ from `other`; names do not count, they change no number.
  func differences(from other: IndicatorDefinition) -> [DefinitionChange] {
    var changes: [DefinitionChange] = []
    if formula != other.formula { changes.append(.formula(from: other.formula, to: formula)) }
    if direction != other.direction {
      changes.append(.direction(from: other.direction, to: direction))
    }
    if unit != other.unit { changes.append(.unit(from: other.unit, to: unit)) }
    return changes
  }
}

/// One part of an indicator's definition that changed between two catalogs.
package enum DefinitionChange: Hashable, Sendable {
  case formula(from: String, to: String)
  case direction(from: Direction, to: Direction)
  case unit(from: MeasureUnit, to: MeasureUnit)

  /// "formula: a / b → a / c", in words of `language`.
  package func text(_ language: Language) -> String {
    switch self {
    case .formula(let old, let new):
      return ReportText.formula(language) + ": " + old + " → " + new
    case .direction(let old, let new):
      return ReportText.direction(language) + ": " + ReportText.direction(old)(language) + " → "
        + ReportText.direction(new)(language)
    case .unit(let old, let new):
      return ReportText.unit(language) + ": " + old.label(language) + " → " + new.label(language)
    }
  }
}

/// An indicator that entered, left or changed in the catalog between two quarters.
package struct CatalogChange: Sendable {
  package enum Kind: Sendable {
    case added
    case removed
    case redefined([DefinitionChange])
  }

  package let definition: IndicatorDefinition
  package let kind: Kind

  /// The verdict a comparison gives the indicator instead of a performance verdict.
  package var verdict: Verdict {
    switch kind {
    case .added: return .added
    case .removed: return .removed
    case .redefined: return .redefined
    }
  }

  /// What changed, in words of `language`.
  package func details(_ language: Language) -> String {
    guard case .redefined(let changes) = kind else { return verdict.label(language) }
    return changes.map { $0.text(language) }.joined(separator: "; ")
  }
}
