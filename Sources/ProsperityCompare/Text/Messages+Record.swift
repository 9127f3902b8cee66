import ProsperityModel

/// Diagnostics about the publication record kept beside each quarter's reports.
extension Messages {
  static func recordMissing(_ quarter: Quarter, _ path: String) -> LocalizedText {
    LocalizedText(
      he: "הדוחות של \(quarter) נכתבו בעבר אך רשומת הנתונים שפורסמו (\(path)) חסרה;"
        + " לא נבדק אם ערכים שפורסמו תוקנו",
      en: "the reports of \(quarter) were written before but the record of what was published"
        + " (\(path)) is missing; restated values are not checked")
  }
  static func recordUnusable(_ quarter: Quarter) -> LocalizedText {
    LocalizedText(
      he: "לא ניתן לקרוא את רשומת הנתונים שפורסמו ל-\(quarter); לא נבדק אם ערכים שפורסמו תוקנו",
      en: "the record of what was published for \(quarter) cannot be read; restated values are"
        + " not checked")
  }
  static func recordWithoutSources(_ quarter: Quarter) -> LocalizedText {
    LocalizedText(
      he: "אין רשומה של הקטלוג וקובצי הקלט שמהם הופקו הדוחות של \(quarter);"
        + " לתיקון של ערך שפורסם לא יצוין הקובץ שהשתנה",
      en: "there is no record of the catalog and input files the reports of \(quarter) were made"
        + " from; a restated value cannot name the file that changed")
  }
  static func recordOtherQuarter(_ found: String, _ quarter: Quarter) -> LocalizedText {
    LocalizedText(
      he: "שורה של הרבעון '\(found)' ברשומה של \(quarter); לא נבדקה",
      en: "a row of the quarter '\(found)' in the record of \(quarter); not checked")
  }
  static func recordBadNumber(_ value: String) -> LocalizedText {
    LocalizedText(
      he: "'\(value)' ברשומה שפורסמה אינו מספר; השורה לא נבדקה",
      en: "'\(value)' in the published record is not a number; the row is not checked")
  }
  static func recordBadStatus(_ value: String) -> LocalizedText {
    LocalizedText(
      he: "סטטוס לא מוכר '\(value)' ברשומה שפורסמה; השורה לא נבדקה",
      en: "unknown status '\(value)' in the published record; the row is not checked")
  }
  static let recordBadDefinition = LocalizedText(
    he: "הגדרת מדד לא תקינה ברשומת הקטלוג; לא נקראה",
    en: "an invalid indicator definition in the catalog record; not read")
}
