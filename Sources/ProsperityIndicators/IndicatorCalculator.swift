import ProsperityModel

/// The computation stage: turns a dataset into indicator results for a quarter.
package struct IndicatorCalculator: Sendable {
  let dataset: Dataset

  /// A calculator over `dataset`, whose catalog gives the formulas, targets and thresholds.
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
  func compute(_ indicator: Indicator, _ quarter: Quarter) -> IndicatorResult {
    let value = self.value(of: indicator, in: quarter)
    var missing: Set<Quarter> = []
    let yearToDate = self.yearToDate(of: indicator, at: quarter, missing: &missing)
    let missingQuarters = yearToDate.value == nil ? [] : missing.sorted()
    let targets = dataset.catalog.targets[indicator.id] ?? [:]
    let annual = targets[.year(quarter.year)]
    let quarterTarget = targets[.quarter(quarter)]
    // The fourth quarter needs no season: its year to date is the year's.
    let season =
      indicator.isCumulative && quarter.number < 4 ? seasonalShare(indicator, quarter) : nil
    var basis: TargetBasis?
    var phasingNote: LocalizedText?
    if quarterTarget != nil {
      basis = .quarterTarget
    } else if let annual {
      switch (indicator.isCumulative, indicator.phasing, season) {
      case (false, _, _): basis = .yearToDateAnnual
      // A share from absurd figures could take the product past Double's range.
      case (true, .seasonal, .share(let share, let year)?) where (annual * share).isFinite:
        basis = .yearToDateSeasonal(share: share, year: year)
      case (true, .seasonal, .unavailable(let reason)?):
        basis = .yearToDateLinear(quarter: quarter.number)
        phasingNote = reason
      case (true, _, _): basis = .yearToDateLinear(quarter: quarter.number)
      }
    }
    let target = quarterTarget ?? annual
    let expected = basis.flatMap { basis in target.map { $0 * basis.share } }
    let comparison: Comparison? =
      basis == nil ? nil : basis == .quarterTarget ? .quarterValue : .yearToDate
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
      missingQuarters: missingQuarters, target: target,
      targetPeriod: quarterTarget != nil
        ? .quarter(quarter) : annual != nil ? .year(quarter.year) : nil,
      annualTarget: annual, quarterTarget: quarterTarget, expected: expected,
      comparison: comparison, basis: basis, phasingNote: phasingNote, attainment: attainment,
      status: status, previous: self.value(of: indicator, in: quarter.previous),
      yearAgo: self.value(of: indicator, in: quarter.yearAgo),
      outlook: indicator.isCumulative
        ? outlook(
          indicator, quarter, yearToDate: yearToDate, missing: missingQuarters, season: season,
          annual: annual)
        : nil)
  }

  /// The indicator's formula over the year-to-date measure values at `quarter`; quarters that
  /// had no value are added to `missing`. Every flow is summed over the same quarters, those in
  /// which all of the formula's flows have a value: a ratio of sums over different quarters (this
  /// quarter's stays over last quarter's visitors) would read as a real, and wrong, figure.
  func yearToDate(of indicator: Indicator, at quarter: Quarter, missing: inout Set<Quarter>)
    -> Figure
  {
    let lookup = MeasureLookup(dataset: dataset)
    let flows = indicator.formula.measureIDs.filter {
      dataset.catalog.measure(named: $0)?.kind == .flow
    }
    var incomplete = Set<Quarter>()
    for id in flows {
      for each in quarter.yearToDate
      where lookup.quarterFigure(id, engine: indicator.engine, quarter: each).value == nil {
        incomplete.insert(each)
      }
    }
    let counted = Set(quarter.yearToDate).subtracting(incomplete)
    // A quarter left out for any flow leaves the year to date partial, whichever flow it lacked.
    if flows.count > 1 { missing.formUnion(incomplete) }
    return indicator.formula.evaluate {
      lookup.yearToDateFigure(
        $0, engine: indicator.engine, quarter: quarter, missing: &missing,
        counting: flows.count > 1 ? counted : nil)
    }
  }

  /// The indicator's formula over one quarter's measure values.
  func value(of indicator: Indicator, in quarter: Quarter) -> Figure {
    let lookup = MeasureLookup(dataset: dataset)
    return indicator.formula.evaluate {
      lookup.quarterFigure($0, engine: indicator.engine, quarter: quarter)
    }
  }
}
