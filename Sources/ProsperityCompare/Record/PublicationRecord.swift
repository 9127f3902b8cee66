import Foundation
import ProsperityIndicators
import ProsperityModel
import ProsperityStore
import ProsperitySupport

/// What was published for a quarter, as the last run left it in `Reports/QUARTER/`: the indicators
/// CSV (the published figures), `catalog-QUARTER.csv` (each indicator's definition) and
/// `sources-QUARTER.csv` (the SHA-256 of every input file the figures were made from).
package struct PublicationRecord: Sendable {
  let quarter: Quarter
  /// The published rows, in the order of the file.
  package let indicators: [PublishedIndicator]
  /// The definitions the figures were computed with; `nil` when that file is missing.
  let definitions: [String: IndicatorDefinition]?
  /// SHA-256 by path relative to the inputs folder; `nil` when that file is missing.
  let sources: [String: String]?

  func indicator(_ id: String) -> PublishedIndicator? { indicators.first { $0.id == id } }
}

/// One published row of the indicators CSV.
package struct PublishedIndicator: Sendable {
  /// The indicator's id, which matches the row with today's result.
  package let id: String
  /// The id of the indicator's engine, as published: today's catalog may no longer have it.
  package let engine: String
  /// Where the row stands in the record, for messages.
  let location: SourceLocation
  /// The published quarter value; `nil` where it had none.
  package let value: Double?
  /// The published year-to-date value; `nil` where it had none.
  package let yearToDate: Double?
  let target: Double?
  let expected: Double?
  let attainment: Double?
  let status: Status
}

extension Dataset {
  /// The input files a quarter's published figures are made from: the catalog files, the files
  /// of the quarter's year so far (its year-to-date figures read them all) and those of the year
  /// before (a seasonal "expected by now" reads the share of that year reached by the quarter).
  package func sourceFiles(of quarter: Quarter) -> [InputFile] {
    let quarters = Set(quarter.yearToDate + quarter.previousYear)
    return files.filter { file in file.quarter.map(quarters.contains) ?? true }
  }
}

extension Quarter {
  /// The four quarters of the year before this one's.
  var previousYear: [Quarter] { Quarter(year: year - 1, number: 4)!.yearToDate }
}
