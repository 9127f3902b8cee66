import XlsxWriter

/// Sheet names that Excel accepts and that never repeat, whatever the engines are called.
struct SheetNames {
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

  /// `text` cut to `limit` UTF-16 units, at a word boundary where there is one, marked with an
  /// ellipsis so a reader knows the name goes on.
  static func fitted(_ text: String, limit: Int = 31) -> String {
    guard text.utf16.count > limit else { return text }
    var words = text.split(separator: " ").map(String.init)
    while words.count > 1 && (words.joined(separator: " ") + "…").utf16.count > limit {
      words.removeLast()
    }
    let cut = words.joined(separator: " ")
    if (cut + "…").utf16.count <= limit { return cut + "…" }
    var prefix = ""
    for character in text where (prefix + String(character)).utf16.count < limit {
      prefix.append(character)
    }
    return prefix + "…"
  }
}
