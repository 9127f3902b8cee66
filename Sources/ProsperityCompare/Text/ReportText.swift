import ProsperityInput
import ProsperityModel

/// Labels of the reports that this stage gives.
extension ReportText {
  private static func text(_ he: String, _ en: String) -> LocalizedText {
    LocalizedText(he: he, en: en)
  }
  /// The heading of a unit column.
  package static let unit = text("יחידה", "Unit")
  /// The heading of a formula column.
  package static let formula = LocalizedText(he: "נוסחה", en: "Formula")
  /// The heading of the column saying which way is better.
  package static let direction = LocalizedText(he: "כיוון רצוי", en: "Better when")
  /// Which way is better, as the definitions column says it: higher or lower.
  package static func direction(_ direction: Direction) -> LocalizedText {
    direction == .up
      ? LocalizedText(he: "עולה", en: "higher") : LocalizedText(he: "יורד", en: "lower")
  }
}
