/// A figure the engines report in their KPI files.
package struct Measure: Hashable, Sendable {
  package let id: String
  package let engine: String
  package let name: LocalizedText
  package let unit: MeasureUnit
  package let kind: MeasureKind

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
