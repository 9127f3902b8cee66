import ProsperityCompare
import ProsperityIndicators
import ProsperityModel

/// The data-quality columns at the end of the indicators CSV, after every earlier column, so
/// scripts that read columns by position keep working.
extension IndicatorsCSV {
  static let qualityHeader = ["baseline", "baseline_year", "progress_from_baseline", "comment"]

  /// The four fields as they stand in the file: numbers, then the manager's comment, the one
  /// text of the file that comes from the inputs (see ``CSVField/text(_:)``).
  static func qualityFields(_ result: IndicatorResult, _ report: QuarterReport) -> [String] {
    let progress = report.quality.progress[result.indicator.id]
    return [
      progress.map { NumberText.plain($0.baseline.value) } ?? "",
      progress?.baseline.year.map(String.init) ?? "",
      progress?.progress.map(NumberText.plain) ?? "",
    ].map(CSVField.escape) + [CSVField.text(report.comment(on: result)?.text ?? "")]
  }
}
