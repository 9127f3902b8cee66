import Foundation
import Testing

/// Edits of a copy of the repository's shipped `Inputs/`, as a careless operator or a catalog
/// author would make them, and where in a file the diagnostics should point.
extension Workspace {
  /// A fresh copy of the shipped `Inputs/`.
  static func shipped() throws -> Workspace { try Workspace(copying: Paths.shippedInputs) }

  /// Replaces the first `old` in the UTF-8 file `relativePath` with `new`; records an issue when
  /// `old` is not there, so a test never passes on an edit that did not happen.
  func replace(
    _ old: String, with new: String, in relativePath: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = root.appendingPathComponent(relativePath)
    let text = try String(contentsOf: url, encoding: .utf8)
    guard let range = text.range(of: old) else {
      Issue.record("'\(old)' is not in \(relativePath)", sourceLocation: sourceLocation)
      return
    }
    try Data(text.replacingCharacters(in: range, with: new).utf8).write(to: url)
  }

  /// `file:line:column` of the first `needle` in the UTF-8 file `relativePath`, as diagnostics
  /// write it: lines from 1, the column in code points, a leading byte order mark not counted.
  func position(of needle: String, in relativePath: String) throws -> String {
    let text = try String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
    guard let range = text.range(of: needle) else { return "\(relativePath):?:?" }
    let before = text[..<range.lowerBound].unicodeScalars.filter { $0 != "\u{FEFF}" }
    let lines = before.split(separator: "\n", omittingEmptySubsequences: false)
    return "\(relativePath):\(lines.count):\((lines.last?.count ?? 0) + 1)"
  }
}
