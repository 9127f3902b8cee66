/// Where a command writes what it has to say: standard output for what was asked for (a summary),
/// standard error for diagnostics.
package protocol Console: Sendable {
  func out(_ line: String)
  func err(_ line: String)
}
