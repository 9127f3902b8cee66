/// Excel's rules for worksheet names, checked in Swift so that a bad name produces a
/// clear error instead of a bare libxlsxwriter code.
enum SheetName {
  /// Excel's limit, counted in UTF-16 code units as Excel stores names.
  static let maximumLength = 31
  static let forbiddenCharacters: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

  /// Why `name` is not a legal sheet name on its own, or `nil` if it is.
  static func problem(with name: String) -> String? {
    if name.isEmpty { return "a sheet name cannot be empty" }
    if name.utf16.count > maximumLength {
      return "sheet name '\(name)' is longer than \(maximumLength) characters"
    }
    if let bad = name.first(where: forbiddenCharacters.contains) {
      return "sheet name '\(name)' contains '\(bad)'; none of [ ] : * ? / \\ are allowed"
    }
    if name.hasPrefix("'") || name.hasSuffix("'") {
      return "sheet name '\(name)' cannot start or end with an apostrophe"
    }
    if name.lowercased() == "history" {
      return "'History' is reserved by Excel"
    }
    return nil
  }

  /// The form used to detect duplicates; Excel compares names case-insensitively.
  static func uniquenessKey(_ name: String) -> String { name.lowercased() }

  /// `name` made legal: forbidden characters become `_`, edge apostrophes are dropped,
  /// and the result is cut to 31 UTF-16 units without splitting a character (so a
  /// Hebrew letter with its vowel points stays whole).
  static func sanitized(_ name: String, replacement: Character = "_") -> String {
    var cleaned = String(name.map { forbiddenCharacters.contains($0) ? replacement : $0 })
    while cleaned.hasPrefix("'") { cleaned.removeFirst() }
    while cleaned.hasSuffix("'") { cleaned.removeLast() }
    var result = ""
    var length = 0
    for character in cleaned {
      let width = character.utf16.count
      if length + width > maximumLength { break }
      result.append(character)
      length += width
    }
    while result.hasSuffix("'") { result.removeLast() }
    if result.isEmpty || result.lowercased() == "history" { return "Sheet" }
    return result
  }
}

extension Workbook {
  /// Whether `name` obeys Excel's rules for a sheet name on its own: 1–31 characters,
  /// none of `[ ] : * ? / \`, no leading or trailing apostrophe, not "History".
  /// Uniqueness within a workbook is checked by ``addWorksheet(named:)``.
  public static func isValidSheetName(_ name: String) -> Bool {
    SheetName.problem(with: name) == nil
  }

  /// A legal sheet name derived from `name`: forbidden characters replaced by `_`,
  /// leading/trailing apostrophes removed, truncated to 31 characters without
  /// splitting a character; an empty result becomes "Sheet". It does not make the
  /// name unique within a workbook.
  public static func safeSheetName(_ name: String) -> String {
    SheetName.sanitized(name)
  }
}
