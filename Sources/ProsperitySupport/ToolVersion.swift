/// The version of the tool, recorded with everything it keeps between runs (the manifest, the
/// digests): what another version recorded is not trusted and is built again.
package enum ToolVersion {
  /// A new value makes the next run build every quarter again and read every activity file.
  package static let current = "0.2.0"
}
