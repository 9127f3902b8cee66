import ProsperityModel

/// A measure whose z-score could not be computed, and why; said plainly rather than shown as NaN.
package struct UnscoredMeasure: Sendable {
  /// The id of the engine that reported the measure.
  package let engine: String
  /// The measure's id.
  package let measure: String
  /// Why there is no z-score: too short a history, a constant one, or values too large.
  package let reason: LocalizedText
}

/// Finds outliers among one quarter's measure values: a modified z-score on the median of the
/// measure's earlier quarters beyond the threshold, or a jump against the previous quarter beyond
/// the ratio (both from settings.csv).
struct OutlierCheck {
  let dataset: Dataset
  let quarter: Quarter

  func run() -> (outliers: [Outlier], unscored: [UnscoredMeasure]) {
    let settings = dataset.catalog.quality.settings
    let lookup = MeasureLookup(dataset: dataset)
    let earlier = dataset.reportedQuarters.filter { $0 < quarter }
    var outliers: [Outlier] = []
    var unscored: [UnscoredMeasure] = []
    for engine in dataset.catalog.engines {
      let measures = dataset.catalog.measures.values.filter { $0.engine == engine.id }
        .sorted { $0.id < $1.id }
      for measure in measures {
        guard let report = dataset.engineQuarter(engine.id, quarter)?.measures[measure.id],
          let value = report.value.value
        else { continue }
        let history = earlier.compactMap { each -> (quarter: Quarter, value: Double)? in
          lookup.quarterFigure(measure.id, engine: engine.id, quarter: each).value.map {
            (each, $0)
          }
        }
        var reasons: [Outlier.Reason] = []
        var score: Double?
        var median: Double?
        if history.count < settings.minimumHistory {
          unscored.append(
            UnscoredMeasure(
              engine: engine.id, measure: measure.id,
              reason: Messages.historyTooShort(history.count, needed: settings.minimumHistory)))
        } else {
          let statistics = RobustStatistics.modifiedZScore(value, history: history.map(\.value))
          // Figures near Double's limits have differences past them: no score, rather than ∞.
          let inRange =
            statistics.median.isFinite && statistics.deviation.isFinite
            && statistics.score?.isFinite != false
          if inRange { (score, median) = (statistics.score, statistics.median) }
          if let score, abs(score) > settings.zScoreThreshold { reasons.append(.farFromHistory) }
          if !inRange {
            unscored.append(
              UnscoredMeasure(
                engine: engine.id, measure: measure.id, reason: Messages.tooLargeToScore))
          } else if score == nil {
            reasons.append(.breaksConstantHistory)
            unscored.append(
              UnscoredMeasure(
                engine: engine.id, measure: measure.id,
                reason: Messages.constantHistory(statistics.median, count: history.count)))
          }
        }
        let previous = history.last { $0.quarter == quarter.previous }?.value
        var ratio: Double?
        if let previous, previous > 0, value > 0, (value / previous).isFinite {
          ratio = value / previous
          if let ratio, ratio > settings.jumpRatio || ratio < 1 / settings.jumpRatio {
            reasons.append(.jump)
          }
        }
        guard !reasons.isEmpty else { continue }
        outliers.append(
          Outlier(
            engine: engine.id, measure: measure.id, value: value, history: history, median: median,
            zScore: score, jumpRatio: ratio, reasons: reasons, location: report.location))
      }
    }
    return (outliers, unscored)
  }
}
