import ProsperityIndicators
import ProsperityModel

/// One indicator compared between the earlier and the later quarter.
package struct IndicatorComparison: Sendable {
  /// Today's definition, or the recorded one of an indicator no longer in the catalog.
  package let definition: IndicatorDefinition
  /// Whether today's catalog makes it a headline indicator; `false` for one no longer in it.
  package let isHeadline: Bool
  /// The indicator in the earlier quarter.
  package let earlier: IndicatorSide
  /// The indicator in the later quarter.
  package let later: IndicatorSide
  /// The verdict on the quarter values, or the catalog change that prevents one.
  package let verdict: Verdict
  /// The verdict on the year-to-date values.
  package let yearToDateVerdict: Verdict
  /// How the definition changed between the quarters' catalogs; `nil` when it did not.
  package let catalogChange: CatalogChange?

  /// Later minus earlier, and relative to the earlier value where that is not 0.
  package var change: Change? { Change(from: earlier.value.value, to: later.value.value) }
  /// Later minus earlier year to date, and relative to the earlier one where that is not 0.
  package var yearToDateChange: Change? {
    Change(from: earlier.yearToDate.value, to: later.yearToDate.value)
  }

  /// Whether the indicator moved, and so can be ranked among the biggest movers.
  package var moved: Bool { verdict == .improved || verdict == .worsened }
}

/// Tells apart the two reasons an indicator has no value: a measure it reads was not reported, or
/// every measure was and the formula still has no value (a division by zero).
struct Observer {
  let dataset: Dataset

  func quarterValue(_ result: IndicatorResult) -> Observation {
    let lookup = MeasureLookup(dataset: dataset)
    return observe(result.value, ids: result.indicator.formula.measureIDs) { id in
      lookup.quarterFigure(id, engine: result.indicator.engine, quarter: result.quarter)
    }
  }

  func yearToDate(_ result: IndicatorResult) -> Observation {
    let lookup = MeasureLookup(dataset: dataset)
    return observe(result.yearToDate, ids: result.indicator.formula.measureIDs) { id in
      var missing: Set<Quarter> = []
      return lookup.yearToDateFigure(
        id, engine: result.indicator.engine, quarter: result.quarter, missing: &missing)
    }
  }

  private func observe(_ figure: Figure, ids: [String], _ measure: (String) -> Figure)
    -> Observation
  {
    switch figure {
    case .value(let value): return .value(value)
    case .unavailable(let reason):
      let reported = ids.allSatisfy { measure($0).value != nil }
      return reported ? .undefined(reason) : .notReported(reason)
    }
  }
}
