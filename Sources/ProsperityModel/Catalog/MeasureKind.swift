/// How a measure accumulates over a year.
package enum MeasureKind: String, Sendable {
  /// A quantity of the quarter (visitors, graduates): summed over the year to date.
  case flow
  /// A level at the quarter's end (companies, jobs): its latest value is the year to date.
  case stock
}
