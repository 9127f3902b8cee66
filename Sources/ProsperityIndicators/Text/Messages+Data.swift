import ProsperityModel

extension Messages {
  /// Messages quote what was in the file; a hostile field must not make a message megabytes long.
  private static func text(_ he: String, _ en: String) -> LocalizedText {
    LocalizedText(he: Shortened.text(he, limit: 600), en: Shortened.text(en, limit: 600))
  }

  // MARK: Files
  static func noDataForQuarter(_ quarter: String) -> LocalizedText {
    text("אין נתונים לרבעון \(quarter)", "no data for \(quarter)")
  }
  static func activitiesFileMissing(_ engine: String, _ quarter: String) -> LocalizedText {
    text(
      "קובץ הפעילויות של \(engine) ל-\(quarter) לא הוגש",
      "the activity file of \(engine) for \(quarter) was not handed in")
  }
  static func kpiFileMissing(_ engine: String, _ quarter: String) -> LocalizedText {
    text(
      "קובץ המדדים של \(engine) ל-\(quarter) לא הוגש",
      "the KPI file of \(engine) for \(quarter) was not handed in")
  }
  static func partialYearToDate(engine: LocalizedText, quarters: [String], indicators: [String])
    -> LocalizedText
  {
    let missing = quarters.joined(separator: ", ")
    let list = indicators.joined(separator: ", ")
    return text(
      "המצטבר מתחילת השנה של \(engine.hebrew) חלקי: חסרים ערכים ל-\(missing) (\(list))",
      "the year-to-date figures of \(engine.english) are partial: no values for \(missing) (\(list))"
    )
  }
}
