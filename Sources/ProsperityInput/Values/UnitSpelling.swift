import ProsperityModel

/// Reads the `unit` column of measures.csv and indicators.csv as catalog authors write it.
///
/// Any text is a unit: the five known ones, in the spellings people use for them, choose how
/// numbers are shown (`%` and `אחוז` are percent, `ש"ח` and `NIS` shekels); any other (`people`,
/// `nights`, `m3`) is kept as written and shown beside plain numbers. A unit is how numbers are
/// shown, never whether they count: no spelling can cost a measure its values.
enum UnitSpelling {
  struct Reading: Equatable {
    /// Empty text gives a unit of no name: plain numbers.
    let unit: MeasureUnit
    /// The known unit a text of the catalog's own is one or two typing slips away from.
    let resembles: MeasureUnit?
  }

  static func read(_ text: String) -> Reading {
    let shown = collapsingSpaces(text)
    let key = Self.key(shown)
    if let known = spellings[key] { return Reading(unit: known, resembles: nil) }
    return Reading(unit: .other(shown), resembles: shown.isEmpty ? nil : lookalike(of: key))
  }

  /// What people write for each known unit, in the form ``key(_:)`` makes of it.
  static let spellings: [String: MeasureUnit] = {
    let names: [(MeasureUnit, [String])] = [
      (.count, ["count", "counts", "number", "#", "מספר", "כמות"]),
      (
        .ils,
        ["ils", "nis", "₪", "ש\"ח", "שח", "shekel", "shekels", "new shekels", "שקל", "שקלים"]
      ),
      (.usd, ["usd", "$", "us$", "dollar", "dollars", "us dollars", "דולר", "דולרים"]),
      (.percent, ["percent", "percents", "percentage", "per cent", "pct", "%", "אחוז", "אחוזים"]),
      (.ratio, ["ratio", "ratios", "יחס"]),
    ]
    var spellings: [String: MeasureUnit] = [:]
    for (unit, words) in names {
      for word in words { spellings[key(word)] = unit }
    }
    return spellings
  }()

  /// The text trimmed, with every run of white space (a newline too) one space.
  private static func collapsingSpaces(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// Lower case, and the marks Hebrew typing varies on made one: gershayim, typographic and
  /// doubled single quotes are `"`.
  private static func key(_ text: String) -> String {
    text.lowercased()
      .replacingOccurrences(of: "\u{05F4}", with: "\"")
      .replacingOccurrences(of: "\u{201D}", with: "\"")
      .replacingOccurrences(of: "\u{201C}", with: "\"")
      .replacingOccurrences(of: "''", with: "\"")
  }

  /// The known unit whose word spelling `key` is one slip from (two for words of seven letters
  /// or more): a letter missing, added, changed, or two swapped. Units of their own are often
  /// a slip or two from a short word (`points` from `counts`, `ratings` from `ratios`), so
  /// short words allow one. Signs such as `%` are too short to be mistyped into a word, so
  /// only words are compared.
  private static func lookalike(of key: String) -> MeasureUnit? {
    let typed = Array(key)
    var best: (distance: Int, unit: MeasureUnit)?
    for (word, unit) in spellings where word.count >= 3 {
      let allowed = word.count >= 7 ? 2 : 1
      let distance = slips(typed, Array(word), above: allowed)
      if distance <= allowed, distance < (best?.distance ?? .max) { best = (distance, unit) }
    }
    return best?.unit
  }

  /// The optimal string alignment distance between `a` and `b`, or more than `limit` when it
  /// is known to be larger.
  private static func slips(_ a: [Character], _ b: [Character], above limit: Int) -> Int {
    if abs(a.count - b.count) > limit { return limit + 1 }
    guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
    // Three rows of the table: two rows back (for a swap), the row before, and this one.
    var before = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, before[j - 2] + 1)
        }
        current[j] = value
      }
      (before, previous, current) = (previous, current, before)
    }
    return previous[b.count]
  }
}
