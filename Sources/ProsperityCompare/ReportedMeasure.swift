import ProsperityModel

/// A measure an engine reported this quarter, whether or not an indicator uses it, with where it
/// came from: nothing handed in is invisible in the reports.
package struct ReportedMeasure: Sendable {
  /// The measure as the catalog defines it.
  package let measure: Measure
  /// The region's value, or why there is none.
  package let value: Figure
  /// The `source` column of its rows, each text once, in file order.
  package let sources: [String]
  let notes: [String]
  /// The row that first reported it.
  package let location: SourceLocation
  /// The catalog's indicators whose formula reads it, in catalog order; empty when none does.
  package let indicators: [Indicator]
}

extension QuarterReport {
  /// Every measure `engine`'s KPI file reported this quarter, in the file's order.
  package func reportedMeasures(of engine: String) -> [ReportedMeasure] {
    guard let reports = engines[engine]?.measures.values else { return [] }
    return
      reports
      .sorted { ($0.location.line ?? 0, $0.measure) < ($1.location.line ?? 0, $1.measure) }
      .compactMap { report in
        guard let measure = catalog.measures[report.measure] else { return nil }
        return ReportedMeasure(
          measure: measure, value: report.value, sources: report.sources, notes: report.notes,
          location: report.location,
          indicators: catalog.indicators.filter { $0.formula.measureIDs.contains(measure.id) })
      }
  }
}
