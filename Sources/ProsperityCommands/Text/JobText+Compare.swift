import ProsperityModel

/// What the `compare` command and the comparisons of `run` say about their own work.
extension JobText {
  static func sameQuarter(_ quarter: Quarter) -> LocalizedText {
    LocalizedText(
      he: "להשוואה נדרשים שני רבעונים שונים (התקבל \(quarter) פעמיים)",
      en: "a comparison needs two different quarters (\(quarter) was given twice)")
  }
  static func unknownEngine(_ id: String, _ known: [String]) -> LocalizedText {
    let list = known.joined(separator: ", ")
    return LocalizedText(
      he: "מנוע לא מוכר '\(id)' (המנועים: \(list))", en: "unknown engine '\(id)' (engines: \(list))"
    )
  }
  static func noComparison(_ earlier: Quarter, _ latest: Quarter) -> LocalizedText {
    LocalizedText(
      he: "לא נכתבה השוואה של \(latest) עם \(earlier): אין תיקיית קלט ל-\(earlier)",
      en: "no comparison of \(latest) with \(earlier): \(earlier) has no input folder")
  }
}
