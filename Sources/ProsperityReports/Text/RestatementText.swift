import ProsperityModel

/// The words of restatements: published values that changed since they were published.
extension RestatementText {
  static let heading = LocalizedText(
    he: "תיקונים לערכים שפורסמו", en: "Restated values")
  static func explanation(_ quarter: Quarter) -> LocalizedText {
    LocalizedText(
      he: "ערכים של \(quarter) שהשתנו מאז שפורסמו, כי קובצי הקלט או הגדרות המדדים השתנו",
      en: "Values of \(quarter) that changed since they were published, because input files or"
        + " indicator definitions changed")
  }
  static let sheet = LocalizedText(he: "תיקונים", en: "Restatements")
  static let field = LocalizedText(he: "שדה", en: "Field")
  static let published = LocalizedText(he: "פורסם", en: "Published")
  static let now = LocalizedText(he: "כעת", en: "Now")
  static let cause = LocalizedText(he: "סיבה", en: "Cause")
}
