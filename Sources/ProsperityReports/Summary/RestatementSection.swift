import ProsperityCompare
import ProsperityIndicators
import ProsperityModel

/// The summary's section on published values that changed since they were published; absent when
/// nothing was restated, so a first publication reads as before.
package enum RestatementSection {
  static func lines(_ report: QuarterReport, _ language: Language) -> [String] {
    guard !report.restatements.isEmpty else { return [] }
    var table = TextTable()
    for restatement in report.restatements {
      for (index, change) in restatement.changes.enumerated() {
        table.add([
          index == 0 ? restatement.name(language) : "", change.field.label(language),
          change.published.text(change.field, unit: restatement.unit, language) + " → "
            + change.now.text(change.field, unit: restatement.unit, language),
          index == 0 ? restatement.causesText(language) : "",
        ])
      }
      if restatement.changes.isEmpty {
        table.add([restatement.name(language), "", "", restatement.causesText(language)])
      }
    }
    return [
      "", "■ " + RestatementText.heading(language),
      "  " + RestatementText.explanation(report.quarter)(language),
    ] + table.render().map(trimmingTrailingSpaces)
  }

  /// A row whose last cells are empty would otherwise end in padding.
  private static func trimmingTrailingSpaces(_ line: String) -> String {
    var line = line
    while line.last == " " { line.removeLast() }
    return line
  }
}
