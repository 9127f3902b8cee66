import Foundation
import ProsperityIndicators
import ProsperityModel
import ProsperityStore
import ProsperitySupport

/// The files of a quarter's publication record, beside its reports.
package struct RecordPaths: Sendable {
  let quarter: Quarter
  /// The indicators CSV: the published figures themselves.
  package let indicators: String
  /// `catalog-2026-Q3.csv`: the definitions the figures were computed with.
  package let catalog: String
  /// `sources-2026-Q3.csv`: the hash of every input file the figures were made from.
  package let sources: String
  /// The text summary, whose presence shows the quarter was published before.
  let summary: String

  /// The record beside `quarter`'s reports at `paths`.
  package init(_ paths: ReportPaths, quarter: Quarter) {
    self.quarter = quarter
    indicators = paths.indicators
    catalog = "\(paths.folder)/catalog-\(quarter).csv"
    sources = "\(paths.folder)/sources-\(quarter).csv"
    summary = paths.summary
  }

  /// The record in `quarter`'s folder of the reports folder `reports`.
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
