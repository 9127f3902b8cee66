import ProsperityModel

/// The computation stage: turns a dataset into indicator results for a quarter.
package struct IndicatorCalculator: Sendable {
  package let dataset: Dataset

  package init(dataset: Dataset) { self.dataset = dataset }

  /// Every catalog indicator for `quarter`, in catalog order, with the warnings the computation
  /// raised (partial years to date).
  package func results(for quarter: Quarter) -> ([IndicatorResult], DiagnosticLog) {
    var log = DiagnosticLog()
    var partial: [String: (Set<Quarter>, [String])] = [:]
    let results = dataset.catalog.indicators.map { indicator in
      let result = compute(indicator, quarter)
      if result.isPartial {
        partial[indicator.engine, default: ([], [])].0.formUnion(result.missingQuarters)
        partial[indicator.engine, default: ([], [])].1.append(indicator.id)
      }
      return result
    }
    for engine in dataset.catalog.engines {
      guard let (missing, indicators) = partial[engine.id] else { continue }
      log.warning(
        Messages.partialYearToDate(
          engine: engine.name, quarters: missing.sorted().map(\.description),
          indicators: indicators),
        quarter: quarter)
    }
    return (results, log)
  }

  /// One indicator in one quarter.
  package func compute(_ indicator: Indicator, _ quarter: Quarter) -> IndicatorResult {
    let lookup = MeasureLookup(dataset: dataset)
    let value = self.value(of: indicator, in: quarter)
    var missing: Set<Quarter> = []
    let yearToDate = indicator.formula.evaluate {
      lookup.yearToDateFigure($0, engine: indicator.engine, quarter: quarter, missing: &missing)
    }
    let targets = dataset.catalog.targets[indicator.id] ?? [:]
    var target: Double?
    var period: TargetPeriod?
    var expected: Double?
    var comparison: Comparison?
    if let quarterTarget = targets[.quarter(quarter)] {
      (target, period, expected, comparison) = (
        quarterTarget, .quarter(quarter), quarterTarget, .quarterValue
      )
    } else if let annual = targets[.year(quarter.year)] {
      let share = indicator.isCumulative ? Double(quarter.number) / 4 : 1
      (target, period, expected, comparison) = (
        annual, .year(quarter.year), annual * share, .yearToDate
      )
    }
    var attainment: Double?
    var status = Status.grey
    let actual = comparison == .quarterValue ? value : yearToDate
    if let expected, let actual = actual.value {
      (attainment, status) = Attainment.evaluate(
        actual: actual, expected: expected, direction: indicator.direction,
        thresholds: dataset.catalog.thresholds)
    }
    return IndicatorResult(
      indicator: indicator, quarter: quarter, value: value, yearToDate: yearToDate,
      missingQuarters: yearToDate.value == nil ? [] : missing.sorted(), target: target,
      targetPeriod: period, expected: expected, comparison: comparison, attainment: attainment,
      status: status, previous: self.value(of: indicator, in: quarter.previous),
      yearAgo: self.value(of: indicator, in: quarter.yearAgo))
  }

  /// The indicator's formula over one quarter's measure values.
  package func value(of indicator: Indicator, in quarter: Quarter) -> Figure {
    let lookup = MeasureLookup(dataset: dataset)
    return indicator.formula.evaluate {
      lookup.quarterFigure($0, engine: indicator.engine, quarter: quarter)
    }
  }
}
