import ProsperityIndicators
import ProsperityModel

/// One indicator in one quarter of a comparison.
package struct IndicatorSide: Sendable {
  /// The quarter's own value, or which kind of no value.
  package let value: Observation
  /// The year-to-date value at that quarter, or which kind of no value.
  package let yearToDate: Observation
  /// The status in that quarter; `nil` where the indicator was not in that quarter's reports.
  package let status: Status?
}
