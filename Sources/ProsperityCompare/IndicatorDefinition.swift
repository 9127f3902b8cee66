import ProsperityInput
import ProsperityModel

/// What makes an indicator's numbers comparable from one quarter to another: its formula (written
/// back in normal form, so spacing does not count), direction and unit. Recorded with every
/// published quarter in `catalog-QUARTER.csv`.
package struct IndicatorDefinition: Hashable, Sendable {
  /// The indicator's id, which matches it across quarters.
  package let id: String
  /// The id of the indicator's engine.
  package let engine: String
  /// The name, shown but not compared: a new name changes no number.
  package let name: LocalizedText
  /// Compared: a new unit makes the numbers another kind of figure.
  package let unit: MeasureUnit
  /// Compared: a new direction turns improvement into decline.
  package let direction: Direction
  /// The formula in normal form (``Formula/description``).
  package let formula: String

  init(
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

  /// The definition of an indicator of today's catalog.
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
