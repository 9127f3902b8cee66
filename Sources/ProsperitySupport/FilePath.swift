/// Paths as the operator typed them. Foundation's `NSString.deletingLastPathComponent` traps on a
/// one-character relative path such as `R` (swift-corelibs-foundation of Swift 6.3.1), which a
/// careless `--reports R` or `--output x` reaches; this is the one place that takes a path apart.
package enum FilePath {
  /// The folder `path` lies in: `a/b` → `a`, `/a` → `/`, `a` → `` (the current folder); trailing
  /// slashes are ignored, as Foundation ignores them.
  package static func parent(of path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.last == "/" { trimmed.removeLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return "" }
    var parent = trimmed[..<slash]
    while parent.count > 1, parent.last == "/" { parent.removeLast() }
    return parent.isEmpty ? "/" : String(parent)
  }
}
