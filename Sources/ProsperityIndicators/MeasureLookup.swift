import ProsperityModel

/// Reads measure values out of a dataset, for one quarter or for the year to date.
package struct MeasureLookup {
  let dataset: Dataset

  /// The value of `id` in `quarter`; `activities.*` ids mean `engine`'s activities.
  package func quarterFigure(_ id: String, engine: String, quarter: Quarter) -> Figure {
    switch dataset.catalog.measure(named: id) {
    case nil: return .unavailable(Messages.unknownMeasure(id))
    case .activities:
      guard let here = dataset.engineQuarter(engine, quarter) else {
        return .unavailable(Messages.noDataForQuarter(quarter.description))
      }
      guard here.activitiesFile != nil else {
        return .unavailable(Messages.activitiesFileMissing(engine, quarter.description))
      }
      return here.activityMeasures[id] ?? .unavailable(Messages.notReported(id))
    case .reported(let measure):
      guard let here = dataset.engineQuarter(measure.engine, quarter) else {
        return .unavailable(Messages.noDataForQuarter(quarter.description))
      }
      guard here.kpiFile != nil else {
        return .unavailable(Messages.kpiFileMissing(measure.engine, quarter.description))
      }
      return here.measures[id]?.value ?? .unavailable(Messages.notReported(id))
    }
  }

  /// The year-to-date value of `id` at `quarter`: a flow summed over the year's quarters so far, a
  /// stock at its latest value. Quarters that had no value are added to `missing`.
  package func yearToDateFigure(
    _ id: String, engine: String, quarter: Quarter, missing: inout Set<Quarter>,
    counting counted: Set<Quarter>? = nil
  ) -> Figure {
    let kind = dataset.catalog.measure(named: id)?.kind ?? .stock
    let quarters = quarter.yearToDate
    switch kind {
    case .flow:
      var total = 0.0
      var found = false
      for each in quarters where counted?.contains(each) ?? true {
        if let value = quarterFigure(id, engine: engine, quarter: each).value {
          total += value
          found = true
        } else {
          missing.insert(each)
        }
      }
      guard found else { return quarterFigure(id, engine: engine, quarter: quarter) }
      return total.isFinite ? .value(total) : .unavailable(Messages.notFinite(id))
    case .stock:
      for each in quarters.reversed() {
        if let value = quarterFigure(id, engine: engine, quarter: each).value {
          if each != quarter { missing.insert(quarter) }
          return .value(value)
        }
      }
      missing.insert(quarter)
      return quarterFigure(id, engine: engine, quarter: quarter)
    }
  }

  /// A lookup into `dataset`'s quarters.
  package init(
    dataset: Dataset
  ) {
    self.dataset = dataset
  }
}
