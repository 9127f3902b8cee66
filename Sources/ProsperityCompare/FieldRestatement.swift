import ProsperityIndicators
import ProsperityModel

/// One field of a published row, then and now.
package struct FieldRestatement: Hashable, Sendable {
  /// The column that changed.
  package let field: RestatedField
  /// The value in the published record.
  package let published: RestatedValue
  /// The value the quarter's report gives today.
  package let now: RestatedValue
}
