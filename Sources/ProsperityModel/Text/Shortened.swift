/// Limits that keep hostile input from flooding stderr, the workbook or memory.
package enum Shortened {
  /// Excel's limit on the text of one cell (in UTF-16 units); a longer field is rejected.
  package static let cellLimit = 32_767
  /// Input files larger than this are refused before they are read.
  package static let fileLimit = 256 * 1024 * 1024
  /// How much of a rejected row or a quoted value a message shows.
  static let shown = 1_000

  /// `text`, cut to `limit` characters with an ellipsis when longer.
  package static func text(_ text: String, limit: Int = shown) -> String {
    guard text.count > limit else { return text }
    return String(text.prefix(limit)) + "…"
  }
}
