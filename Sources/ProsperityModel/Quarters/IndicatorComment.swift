/// A comment an engine's manager wrote on one of the quarter's indicators.
package struct IndicatorComment: Hashable, Sendable {
  package let indicator: String
  package let text: String
  package let location: SourceLocation

  package init(
    indicator: String, text: String, location: SourceLocation
  ) {
    self.indicator = indicator
    self.text = text
    self.location = location
  }
}
