import ProsperityModel

extension Messages {
  /// Messages quote what was in the file; a hostile field must not make a message megabytes long.
  private static func text(_ he: String, _ en: String) -> LocalizedText {
    LocalizedText(he: Shortened.text(he, limit: 600), en: Shortened.text(en, limit: 600))
  }

  // MARK: Files
  static func badOperator(_ value: String) -> LocalizedText {
    text(
      "אופרטור לא מוכר '\(value)' (== != < <= > >=)",
      "unknown operator '\(value)' (== != < <= > >=)")
  }
  static func badImportance(_ value: String) -> LocalizedText {
    text(
      "חשיבות לא מוכרת '\(value)' (high | medium | low)",
      "unknown importance '\(value)' (high | medium | low)")
  }
  static func badMissingStrategy(_ value: String) -> LocalizedText {
    text(
      "טיפול לא מוכר בערכים חסרים '\(value)' (skip_if_any | skip_if_all | never_skip)",
      "unknown missing-value strategy '\(value)' (skip_if_any | skip_if_all | never_skip)")
  }
  static func duplicateBaseline(_ id: String) -> LocalizedText {
    text(
      "ערך בסיס שני ל-\(id); השורה נדחתה", "a second baseline for \(id); the row was rejected")
  }
  static func emptyBaseline(_ id: String) -> LocalizedText {
    text("ערך הבסיס של \(id) ריק", "the baseline of \(id) is empty")
  }
  static func badBaselineYear(_ value: String) -> LocalizedText {
    text(
      "שנת בסיס לא תקינה '\(value)' (למשל 2023); השורה נדחתה",
      "invalid baseline year '\(value)' (e.g. 2023); the row was rejected")
  }
  static func badQualitySetting(_ name: String, _ value: String) -> LocalizedText {
    text(
      "ערך לא תקין '\(value)' להגדרה \(name) (ראו README); נשמרה ברירת המחדל",
      "invalid value '\(value)' for \(name) (see the README); the default was kept")
  }

  // MARK: Comments and submission dates
  static func indicatorOfOtherEngine(_ id: String, _ engine: String) -> LocalizedText {
    text(
      "המדד '\(id)' שייך למנוע '\(engine)'; השורה נדחתה",
      "the indicator '\(id)' belongs to the engine '\(engine)'; the row was rejected")
  }
  static func duplicateComment(_ id: String) -> LocalizedText {
    text(
      "הערה שנייה למדד '\(id)'; השורה נדחתה",
      "a second comment on '\(id)'; the row was rejected")
  }
  static func badSubmittedDate(_ value: String) -> LocalizedText {
    text(
      "'\(value)' אינו תאריך הגשה (2026-10-15 או 15/10/2026); לא נקרא",
      "'\(value)' is not a submission date (2026-10-15 or 15/10/2026); not read")
  }
}
