import ProsperityIndicators
import ProsperityModel

/// A published column of the indicators CSV whose value can be restated.
package enum RestatedField: String, CaseIterable, Sendable {
  case value
  case yearToDate = "ytd_value"
  case target, expected, attainment, status

  /// The column as the reports name it.
  package var label: LocalizedText {
    switch self {
    case .value: return ReportText.value
    case .yearToDate: return ReportText.yearToDate
    case .target: return ReportText.target
    case .expected: return ReportText.expected
    case .attainment: return ReportText.attainment
    case .status: return ReportText.statusHeading
    }
  }
}
