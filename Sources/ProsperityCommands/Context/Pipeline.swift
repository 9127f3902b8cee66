import Foundation
import ProsperityCompare
import ProsperityIndicators
import ProsperityInput
import ProsperityModel
import ProsperityStore

/// The pipeline's first two stages, in the order the data flows: inputs are loaded into a dataset
/// (with the problems found), and indicators are computed into a quarter's report. Rendering and
/// publishing follow in `Publishing/QuarterPublisher.swift`.
struct Pipeline: Sendable {
  let dataset: Dataset
  /// The problems found while loading.
  let log: DiagnosticLog

  /// Stage 1: reads the catalog and the quarters that `include` accepts.
  static func load(
    inputs: String, including include: (Quarter) -> Bool = { _ in true },
    holdingActivities hold: (Quarter) -> Int = { _ in .max }, cache: ActivityDigestCache? = nil
  ) throws(InputsMissing) -> Pipeline {
    let (dataset, log) = try InputsLoader.load(
      from: inputs, including: include, holdingActivities: hold, cache: cache)
    return Pipeline(dataset: dataset, log: log)
  }

  /// Stage 2: computes every indicator for `quarter`, with the diagnostics its reports show.
  func report(for quarter: Quarter) -> QuarterReport {
    let (results, computation) = IndicatorCalculator(dataset: dataset).results(for: quarter)
    let quality = QualityCheck(dataset: dataset).run(for: quarter, results: results)
    return QuarterReport(
      quarter: quarter, catalog: dataset.catalog, results: results,
      engines: dataset.quarters[quarter] ?? [:],
      diagnostics: log.relevant(to: quarter) + computation.entries + quality.diagnostics,
      files: dataset.files.filter { $0.quarter == nil || $0.quarter == quarter }, quality: quality,
      history: IndicatorHistory(dataset: dataset, through: quarter))
  }
}
