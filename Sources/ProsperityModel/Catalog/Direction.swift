/// Which way is better for an indicator.
package enum Direction: String, Sendable {
  case up, down
}
