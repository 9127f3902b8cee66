import Foundation
import XlsxWriter

/// Sheet names that Excel accepts and that never repeat, whatever the engines are called.
package struct SheetNames {
  private var used: Set<String> = []

  /// `wanted` made legal (at most 31 characters, cut at a word with an ellipsis) and unique,
  /// numbering repeats: `Activities (2)`.
  mutating func unique(_ wanted: String) -> String {
    let base = Workbook.safeSheetName(Self.fitted(wanted))
    var name = base
    var counter = 2
    while used.contains(name.lowercased()) {
      let suffix = " (\(counter))"
      name = Self.fitted(base, limit: 31 - suffix.count) + suffix
      counter += 1
    }
    used.insert(name.lowercased())
    return name
  }

  /// `text` cut to `limit` UTF-16 units, at a space or hyphen where there is one, marked with an
  /// ellipsis so a reader knows the name goes on.
  static func fitted(_ text: String, limit: Int = 31) -> String {
    guard text.utf16.count > limit else { return text }
    var prefix = ""
    var atBreak = ""
    for character in text {
      if character == " " || character == "-" { atBreak = prefix }
      guard (prefix + String(character)).utf16.count < limit else { break }
      prefix.append(character)
    }
    let cut = atBreak.isEmpty ? prefix : atBreak
    return cut.trimmingCharacters(in: .whitespaces) + "…"
  }
}
