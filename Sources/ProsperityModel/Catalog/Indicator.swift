/// A figure computed by a formula over measures, compared with its targets.
package struct Indicator: Sendable {
  /// The lower-case id of indicators.csv, used by targets, baselines, comments and records.
  package let id: String
  /// The id of the engine the indicator belongs to.
  package let engine: String
  /// The indicator's name in both languages.
  package let name: LocalizedText
  /// How its values and targets are shown, and which forms its targets may take.
  package let unit: MeasureUnit
  /// The formula as the catalog wrote it, shown on the definitions sheet.
  package let formulaText: String
  /// The formula parsed, evaluated over a quarter's or a year to date's measure values.
  package let formula: Formula
  /// Whether higher or lower values are better: attainment is actual ÷ expected, or its inverse.
  package let direction: Direction
  /// Shown on the summary sheet and in the text summary (the `headline` column).
  package let isHeadline: Bool
  /// The formula is linear in flow measures (``Formula/accumulates(_:)``): it grows through the
  /// year, so its annual target is spread over the quarters.
  package let isCumulative: Bool
  /// How the annual target is spread; only an accumulating indicator's is.
  package let phasing: Phasing

  /// An indicator as a row of indicators.csv defines it, already checked by the loader.
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
