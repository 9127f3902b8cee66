import ProsperityIndicators
import ProsperityModel

/// A published or current value of a ``RestatedField``.
package enum RestatedValue: Hashable, Sendable {
  case number(Double)
  case status(Status)
  case none

  init(_ number: Double?) { self = number.map(RestatedValue.number) ?? .none }

  /// The value as the reports show it: in the indicator's unit, attainment as a percentage.
  package func text(_ field: RestatedField, unit: MeasureUnit?, _ language: Language) -> String {
    switch self {
    case .none: return "—"
    case .status(let status):
      return ReportText.statusSymbol(status) + " " + status.label(language)
    case .number(let number):
      if field == .attainment { return DisplayNumber.percent(number) }
      return unit.map { DisplayNumber.format(number, unit: $0) } ?? NumberText.plain(number)
    }
  }
}
