/// A figure the engines report in their KPI files.
package struct Measure: Hashable, Sendable {
  /// Unique across the catalog, usually prefixed with its engine (`tourism.visitors`).
  package let id: String
  /// The id of the engine that reports the measure; no other engine's KPI file may.
  package let engine: String
  /// The measure's name in both languages.
  package let name: LocalizedText
  /// How its values are shown, and which forms its KPI values may take.
  package let unit: MeasureUnit
  /// Whether it is summed over the year (a flow) or taken at its latest value (a stock).
  package let kind: MeasureKind

  /// A measure as a row of measures.csv defines it.
  package init(
    id: String, engine: String, name: LocalizedText, unit: MeasureUnit, kind: MeasureKind
  ) {
    self.id = id
    self.engine = engine
    self.name = name
    self.unit = unit
    self.kind = kind
  }
}
