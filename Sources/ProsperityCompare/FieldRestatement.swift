import ProsperityIndicators
import ProsperityModel

/// One field of a published row, then and now.
package struct FieldRestatement: Hashable, Sendable {
  package let field: RestatedField
  package let published: RestatedValue
  package let now: RestatedValue
}
