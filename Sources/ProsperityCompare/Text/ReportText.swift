import ProsperityInput
import ProsperityModel

/// Labels of the reports that this stage gives.
extension ReportText {
  private static func text(_ he: String, _ en: String) -> LocalizedText {
    LocalizedText(he: he, en: en)
  }
  package static let unit = text("יחידה", "Unit")
  package static let formula = LocalizedText(he: "נוסחה", en: "Formula")
  package static let direction = LocalizedText(he: "כיוון רצוי", en: "Better when")
  /// Excel footer codes: page &P of &N.
  package static func direction(_ direction: Direction) -> LocalizedText {
    direction == .up
      ? LocalizedText(he: "עולה", en: "higher") : LocalizedText(he: "יורד", en: "lower")
  }
}
