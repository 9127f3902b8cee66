import Foundation
import ProsperityCompare
import ProsperityIndicators
import ProsperityModel

/// The machine-readable CSV of a quarter's indicators: one row per indicator, in the order of
/// engines.csv, then indicators.csv.
package enum IndicatorsCSV {
  /// The indicators CSV's columns, in order; new ones are only ever appended.
  package static let header =
    [
      "engine", "indicator", "quarter", "value", "ytd_value", "target", "expected", "attainment",
      "status", "previous_value", "qoq_change", "year_ago_value", "yoy_change",
    ] + qualityHeader + outlookHeader

  /// The quarter's indicators as CSV, one row each, formula text neutralised.
  package static func render(_ report: QuarterReport) -> String {
    var lines = [header.joined(separator: ",")]
    for result in report.results {
      let number = { (value: Double?) in value.map(NumberText.plain) ?? "" }
      let fields =
        [
          result.indicator.engine, result.indicator.id, result.quarter.description,
          number(result.value.value), number(result.yearToDate.value), number(result.target),
          number(result.expected), number(result.attainment), result.status.rawValue,
          number(result.previous.value), number(result.changeFromPrevious?.absolute),
          number(result.yearAgo.value), number(result.changeFromYearAgo?.absolute),
        ].map(CSVField.escape) + qualityFields(result, report) + outlookFields(result)
      lines.append(fields.joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
