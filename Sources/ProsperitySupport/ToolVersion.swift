/// The version of the tool, recorded with everything it keeps between runs (the manifest, the
/// digests): what another version recorded is not trusted and is built again.
package enum ToolVersion {
  package static let current = "0.2.0"
}
