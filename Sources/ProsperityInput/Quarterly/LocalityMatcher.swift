import ProsperityModel

/// Finds a locality by its id, Hebrew name or English name, forgiving case, apostrophes, geresh and
/// spacing (`Sha'ar HaNegev`, `shaar hanegev`, `שער הנגב`, `shaar_hanegev`).
package struct LocalityMatcher {
  private var byKey: [String: String] = [:]

  init(_ localities: [Locality]) {
    for locality in localities {
      for name in [locality.id, locality.name.hebrew, locality.name.english] {
        byKey[Self.key(name)] = locality.id
      }
    }
  }

  func match(_ text: String) -> String? { byKey[Self.key(text)] }

  /// The spelling names are matched in: lower case, without quote marks (ASCII, Hebrew geresh
  /// and gershayim, typographic), with spaces, underscores and hyphens as single spaces. Built
  /// scalar by scalar: it runs for every per-locality row.
  static func key(_ text: String) -> String {
    var key = String.UnicodeScalarView()
    var space = false
    for scalar in text.lowercased().unicodeScalars {
      switch scalar {
      case "'", "\u{05F3}", "\u{2019}", "`", "\"", "\u{05F4}": continue
      case " ", "_", "-", "\u{00A0}": space = !key.isEmpty
      default:
        if space { key.append(" ") }
        space = false
        key.append(scalar)
      }
    }
    return String(key)
  }
}
