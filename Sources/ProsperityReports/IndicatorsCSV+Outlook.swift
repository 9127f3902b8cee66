import ProsperityCompare
import ProsperityIndicators
import ProsperityModel

/// The basis and outlook columns at the end of the indicators CSV, after every earlier column, so
/// scripts that read columns by position keep working.
extension IndicatorsCSV {
  static let outlookHeader = [
    "target_period", "basis", "annual_target", "projected_year_end", "projected_attainment",
    "outlook", "projection_method",
  ]

  /// The seven fields as they stand in the file: the tool's own codes and numbers.
  static func outlookFields(_ result: IndicatorResult) -> [String] {
    let number = { (value: Double?) in value.map(NumberText.plain) ?? "" }
    return [
      result.targetPeriod?.description ?? "", result.basis?.code ?? "",
      number(result.annualTarget), number(result.outlook?.projected.value),
      number(result.outlook?.attainment), result.outlook?.status?.rawValue ?? "",
      result.outlook?.method.code ?? "",
    ].map(CSVField.escape)
  }
}
