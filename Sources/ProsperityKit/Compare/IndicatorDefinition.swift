/// What makes an indicator's numbers comparable from one quarter to another: its formula (written
/// back in normal form, so spacing does not count), direction and unit. Recorded with every
/// published quarter in `catalog-QUARTER.csv`.
public struct IndicatorDefinition: Hashable, Sendable {
  public let id: String
  public let engine: String
  public let name: LocalizedText
  public let unit: MeasureUnit
  public let direction: Direction
  /// The formula in normal form (``Formula/description``).
  public let formula: String

  public init(
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

  public init(_ indicator: Indicator) {
    self.init(
      id: indicator.id, engine: indicator.engine, name: indicator.name, unit: indicator.unit,
      direction: indicator.direction, formula: indicator.formula.description)
  }

  /// The parts that differ from `other`; names do not count, they change no number.
  public func differences(from other: IndicatorDefinition) -> [DefinitionChange] {
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
public enum DefinitionChange: Hashable, Sendable {
  case formula(from: String, to: String)
  case direction(from: Direction, to: Direction)
  case unit(from: MeasureUnit, to: MeasureUnit)

  /// "formula: a / b → a / c", in words of `language`.
  public func text(_ language: Language) -> String {
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
public struct CatalogChange: Sendable {
  public enum Kind: Sendable {
    case added
    case removed
    case redefined([DefinitionChange])
  }

  public let definition: IndicatorDefinition
  public let kind: Kind

  /// The verdict a comparison gives the indicator instead of a performance verdict.
  public var verdict: Verdict {
    switch kind {
    case .added: return .added
    case .removed: return .removed
    case .redefined: return .redefined
    }
  }

  /// What changed, in words of `language`.
  public func details(_ language: Language) -> String {
    guard case .redefined(let changes) = kind else { return verdict.label(language) }
    return changes.map { $0.text(language) }.joined(separator: "; ")
  }
}
