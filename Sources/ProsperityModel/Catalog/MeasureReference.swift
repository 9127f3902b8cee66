/// What a measure id in a formula names: one of the catalog's measures, reported in KPI files, or
/// one of the measures every engine's activity file yields. ``Catalog/measure(named:)`` is the one
/// place that decides which ids exist.
package enum MeasureReference: Sendable {
  case reported(Measure)
  case activities(ActivityMeasure)

  /// Whether the measure is summed over the year (a flow) or taken at its latest value (a stock).
  package var kind: MeasureKind {
    switch self {
    case .reported(let measure): return measure.kind
    case .activities(let measure): return measure.kind
    }
  }

  var unit: MeasureUnit {
    switch self {
    case .reported(let measure): return measure.unit
    case .activities(let measure): return measure.unit
    }
  }

  /// The engine whose files give the measure's values to an indicator of `engine`: an activity
  /// measure always means the indicator's own engine.
  package func engine(for indicatorEngine: String) -> String {
    switch self {
    case .reported(let measure): return measure.engine
    case .activities: return indicatorEngine
    }
  }
}

extension Catalog {
  /// What `id` names in a formula, or `nil` when it names no measure.
  package func measure(named id: String) -> MeasureReference? {
    if let activity = ActivityMeasure(id: id) { return .activities(activity) }
    return measures[id].map(MeasureReference.reported)
  }
}
