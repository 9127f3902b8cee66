import Foundation
import ProsperityIndicators
import ProsperityModel
import ProsperityStore
import ProsperitySupport

/// What was published for a quarter, as the last run left it in `Reports/QUARTER/`: the indicators
/// CSV (the published figures), `catalog-QUARTER.csv` (each indicator's definition) and
/// `sources-QUARTER.csv` (the SHA-256 of every input file the figures were made from).
package struct PublicationRecord: Sendable {
  package let quarter: Quarter
  /// The published rows, in the order of the file.
  package let indicators: [PublishedIndicator]
  /// The definitions the figures were computed with; `nil` when that file is missing.
  package let definitions: [String: IndicatorDefinition]?
  /// SHA-256 by path relative to the inputs folder; `nil` when that file is missing.
  package let sources: [String: String]?

  package func indicator(_ id: String) -> PublishedIndicator? { indicators.first { $0.id == id } }
}

/// One published row of the indicators CSV.
package struct PublishedIndicator: Sendable {
  package let id: String
  package let engine: String
  /// Where the row stands in the record, for messages.
  package let location: SourceLocation
  package let value: Double?
  package let yearToDate: Double?
  package let target: Double?
  package let expected: Double?
  package let attainment: Double?
  package let status: Status
}

/// The files of a quarter's publication record, beside its reports.
package struct RecordPaths: Sendable {
  package let quarter: Quarter
  /// The indicators CSV: the published figures themselves.
  package let indicators: String
  package let catalog: String
  package let sources: String
  /// The text summary, whose presence shows the quarter was published before.
  package let summary: String

  package init(_ paths: ReportPaths, quarter: Quarter) {
    self.quarter = quarter
    indicators = paths.indicators
    catalog = "\(paths.folder)/catalog-\(quarter).csv"
    sources = "\(paths.folder)/sources-\(quarter).csv"
    summary = paths.summary
  }

  package init(reports: String, quarter: Quarter) {
    self.init(ReportPaths(reports: reports, quarter: quarter), quarter: quarter)
  }

  /// A record whose presence is shown by its own indicators file (so one never written is no
  /// warning).
  private init(quarter: Quarter, indicators: String, catalog: String, sources: String) {
    self.quarter = quarter
    (self.indicators, self.catalog, self.sources) = (indicators, catalog, sources)
    summary = indicators
  }

  /// Where the publication that the current one restates is kept, while it restates it:
  /// `superseded-indicators-2026-Q3.csv` and so on.
  package var superseded: RecordPaths {
    let rename = { (path: String) in
      let folder = FilePath.parent(of: path)
      return folder + "/" + ReportPaths.supersededPrefix + (path as NSString).lastPathComponent
    }
    return RecordPaths(
      quarter: quarter, indicators: rename(indicators), catalog: rename(catalog),
      sources: rename(sources))
  }

  /// The record's three files, indicators first.
  package var files: [String] { [indicators, catalog, sources] }
}

/// Input paths as the record keeps them: relative to the inputs folder, so the record still matches
/// when the inputs are named another way on the command line (`Inputs`, `./Inputs/`).
package enum InputsRelative {
  package static func path(_ path: String, inputs: String) -> String {
    var folder = inputs
    while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
    for prefix in [folder + "/", "./" + folder + "/"] where path.hasPrefix(prefix) {
      return String(path.dropFirst(prefix.count))
    }
    return path.hasPrefix("./") ? String(path.dropFirst(2)) : path
  }

  /// The path as the user names it again, under `inputs`.
  package static func full(_ relative: String, inputs: String) -> String {
    (inputs as NSString).appendingPathComponent(relative)
  }
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
  package var previousYear: [Quarter] { Quarter(year: year - 1, number: 4)!.yearToDate }
}
