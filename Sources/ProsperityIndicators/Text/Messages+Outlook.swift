import ProsperityModel

/// Why a season or a year-end projection is missing.
extension Messages {
  private static func text(_ he: String, _ en: String) -> LocalizedText {
    LocalizedText(he: he, en: en)
  }

  static func earlierYearWithoutValue(_ year: Int, _ reason: LocalizedText?) -> LocalizedText {
    let he = reason.map { " (\($0.hebrew))" } ?? ""
    let en = reason.map { " (\($0.english))" } ?? ""
    return text(
      "אין שנה מלאה קודמת: ל-\(year) אין ערך\(he)",
      "no full earlier year: \(year) has no value\(en)")
  }
  static func earlierYearPartial(_ year: Int, _ quarters: [String]) -> LocalizedText {
    let list = quarters.joined(separator: ", ")
    return text(
      "אין שנה מלאה קודמת: ל-\(year) חסרים ערכים ל-\(list)",
      "no full earlier year: \(year) has no values for \(list)")
  }
  static func earlierYearShareUnusable(_ year: Int) -> LocalizedText {
    text(
      "לא ניתן לחשב את החלק העונתי של \(year): סך השנה או המצטבר עד אותו רבעון אינו גדול מ-0",
      "\(year) gives no seasonal share: its total or its year to date by the same quarter is not "
        + "above 0")
  }
  static func projectionFromPartial(_ quarters: [String]) -> LocalizedText {
    let list = quarters.joined(separator: ", ")
    return text(
      "אין תחזית: המצטבר מתחילת השנה חלקי (חסרים ערכים ל-\(list))",
      "no projection: the year to date is partial (no values for \(list))")
  }
}
