import ProsperityInput
import ProsperityModel

/// Labels of the reports that this stage gives.
extension ReportText {
  private static func text(_ he: String, _ en: String) -> LocalizedText {
    LocalizedText(he: he, en: en)
  }
  package static let unit = text("יחידה", "Unit")
  static func unit(_ unit: MeasureUnit) -> LocalizedText {
    switch unit {
    case .count: return LocalizedText(he: "מספר", en: "count")
    case .ils: return LocalizedText(he: "₪", en: "₪")
    case .usd: return LocalizedText(he: "$", en: "$")
    case .percent: return LocalizedText(he: "אחוז", en: "percent")
    case .ratio: return LocalizedText(he: "יחס", en: "ratio")
    }
  }
  package static let formula = LocalizedText(he: "נוסחה", en: "Formula")
  package static let direction = LocalizedText(he: "כיוון רצוי", en: "Better when")
  /// Excel footer codes: page &P of &N.
  package static func direction(_ direction: Direction) -> LocalizedText {
    direction == .up
      ? LocalizedText(he: "עולה", en: "higher") : LocalizedText(he: "יורד", en: "lower")
  }
}

extension MeasureUnit {
  package var label: LocalizedText { ReportText.unit(self) }
}
