import ProsperityInput
import ProsperityModel

/// One part of an indicator's definition that changed between two catalogs.
enum DefinitionChange: Hashable, Sendable {
  case formula(from: String, to: String)
  case direction(from: Direction, to: Direction)
  case unit(from: MeasureUnit, to: MeasureUnit)

  /// "formula: a / b → a / c", in words of `language`.
  func text(_ language: Language) -> String {
    switch self {
    case .formula(let old, let new):
      return ReportText.formula(language) + ": " + old + " → " + new
    case .direction(let old, let new):
      return ReportText.direction(language) + ": " + ReportText.direction(old)(language) + " → "
        + ReportText.direction(new)(language)
    case .unit(let old, let new):
      return ReportText.unit(language) + ": " + old.label(language) + " → " + new.label(language)
    }
  }
}
