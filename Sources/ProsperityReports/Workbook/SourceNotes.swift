import ProsperityCompare
import ProsperityIndicators
import ProsperityModel

/// Where a figure came from, as the KPI files' `source` and `notes` columns say: the text of the
/// cell note that travels with each number.
package struct SourceNotes {
  let report: QuarterReport
  let language: Language

  /// One line per measure the indicator reads that has a source or notes this quarter.
  func text(for indicator: Indicator) -> String {
    indicator.formula.measureIDs.compactMap { id -> String? in
      guard let measure = report.catalog.measures[id],
        let reported = report.engines[measure.engine]?.measures[id]
      else { return nil }
      return line(measure.name(language), reported)
    }.joined(separator: "\n")
  }

  /// The note of one measure's row on the by-locality sheet.
  func text(for measure: Measure, _ reported: MeasureReport) -> String {
    line(nil, reported) ?? ""
  }

  private func line(_ name: String?, _ reported: MeasureReport) -> String? {
    var parts: [String] = []
    if !reported.sources.isEmpty {
      parts.append(ReportText.source(language) + ": " + reported.sources.joined(separator: "; "))
    }
    if !reported.notes.isEmpty {
      parts.append(ReportText.notes(language) + ": " + reported.notes.joined(separator: "; "))
    }
    guard !parts.isEmpty else { return nil }
    let body = parts.joined(separator: " · ")
    return name.map { "\($0) – \(body)" } ?? body
  }
}
