/// A comment an engine's manager wrote on one of the quarter's indicators.
package struct IndicatorComment: Hashable, Sendable {
  let indicator: String
  /// The comment as written; never empty (an empty comment is no comment).
  package let text: String
  let location: SourceLocation

  /// A comment of the notes file's row at `location`.
  package init(
    indicator: String, text: String, location: SourceLocation
  ) {
    self.indicator = indicator
    self.text = text
    self.location = location
  }
}
