/// An activity file changed between the reading that counted its rows and the one that lists
/// them, so the reports would disagree with themselves.
package struct ActivitySourceChanged: Error, Sendable {
  /// The activity file, as diagnostics name it.
  package let path: String

  /// The change of the file at `path`.
  package init(
    path: String
  ) {
    self.path = path
  }
}
