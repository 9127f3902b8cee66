import ProsperityCompare
import ProsperityModel

/// The measures an engine reported that no indicator reads: without these lines they would
/// appear nowhere in the summary.
enum ReportedMeasuresLines {
  static func unused(_ report: QuarterReport, engine: String, _ language: Language) -> [String] {
    report.reportedMeasures(of: engine).filter(\.indicators.isEmpty).map { reported in
      let value =
        reported.value.value.map { DisplayNumber.format($0, unit: reported.measure.unit) }
        ?? "— (\(reported.value.reason.map { $0(language) } ?? ""))"
      let source =
        reported.sources.isEmpty
        ? "" : " (\(ReportText.sourceLabel(language)): \(reported.sources.joined(separator: "; ")))"
      return "  \(ReportText.reportedUnused(language)): \(reported.measure.name(language)) "
        + "\(value)\(source)"
    }
  }
}
