/// A measure as one engine reported it for one quarter.
package struct MeasureReport: Sendable {
  /// The measure's id.
  package let measure: String
  /// The region's value: the region-wide row, or the sum over every locality.
  package var value: Figure
  /// Per locality id, when the measure is reported per locality.
  package var byLocality: [String: Figure]
  /// Where the number came from, as the file's `source` column says.
  package var sources: [String]
  /// The `notes` column of the measure's rows: each text once, in file order.
  package var notes: [String]
  /// The first row that reported the measure.
  package var location: SourceLocation

  /// A measure's report as the KPI file's rows give it.
  package init(
    measure: String, value: Figure, byLocality: [String: Figure], sources: [String],
    notes: [String], location: SourceLocation
  ) {
    self.measure = measure
    self.value = value
    self.byLocality = byLocality
    self.sources = sources
    self.notes = notes
    self.location = location
  }
}
