/// A figure computed by a formula over measures, compared with its targets.
package struct Indicator: Sendable {
  package let id: String
  package let engine: String
  package let name: LocalizedText
  package let unit: MeasureUnit
  package let formulaText: String
  package let formula: Formula
  package let direction: Direction
  package let isHeadline: Bool
  /// The formula is linear in flow measures (``Formula/accumulates(_:)``): it grows through the
  /// year, so its annual target is spread over the quarters.
  package let isCumulative: Bool
  /// How the annual target is spread; only an accumulating indicator's is.
  package let phasing: Phasing

  package init(
    id: String, engine: String, name: LocalizedText, unit: MeasureUnit, formulaText: String,
    formula: Formula, direction: Direction, isHeadline: Bool, isCumulative: Bool,
    phasing: Phasing = .linear
  ) {
    self.id = id
    self.engine = engine
    self.name = name
    self.unit = unit
    self.formulaText = formulaText
    self.formula = formula
    self.direction = direction
    self.isHeadline = isHeadline
    self.isCumulative = isCumulative
    self.phasing = phasing
  }
}
