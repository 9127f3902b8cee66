/// Finds a locality by its id, Hebrew name or English name, forgiving case, apostrophes, geresh and
/// spacing (`Sha'ar HaNegev`, `shaar hanegev`, `שער הנגב`, `shaar_hanegev`).
struct LocalityMatcher {
  private var byKey: [String: String] = [:]

  init(_ localities: [Locality]) {
    for locality in localities {
      for name in [locality.id, locality.name.hebrew, locality.name.english] {
        byKey[Self.key(name)] = locality.id
      }
    }
  }

  func match(_ text: String) -> String? { byKey[Self.key(text)] }

  private static func key(_ text: String) -> String {
    let dropped: Set<Character> = ["'", "\u{05F3}", "\u{2019}", "`", "\"", "\u{05F4}"]
    let spacing: Set<Character> = [" ", "_", "-", "\u{00A0}"]
    return String(
      text.lowercased().filter { !dropped.contains($0) }.map { spacing.contains($0) ? " " : $0 }
    ).split(separator: " ").joined(separator: " ")
  }
}
