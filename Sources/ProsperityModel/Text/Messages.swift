/// Messages that more than one stage gives.
extension Messages {
  /// A value that computing, summing or reading made too large for a number.
  package static func notFinite(_ formula: String) -> LocalizedText {
    LocalizedText(
      he: Shortened.text("התוצאה של \(formula) אינה מספר סופי", limit: 600),
      en: Shortened.text("\(formula) does not give a finite number", limit: 600))
  }
  /// A KPI row of a measure the catalog does not define.
  package static func unknownMeasure(_ id: String) -> LocalizedText {
    LocalizedText(
      he: Shortened.text("מדד לא מוכר '\(id)'; השורה נדחתה", limit: 600),
      en: Shortened.text("unknown measure '\(id)'; the row was rejected", limit: 600))
  }
  /// The reason a measure's figure has none: its quarter's file gives no value for it.
  package static func notReported(_ id: String) -> LocalizedText {
    LocalizedText(
      he: Shortened.text("\(id) לא דווח", limit: 600),
      en: Shortened.text("\(id) was not reported", limit: 600))
  }
}
