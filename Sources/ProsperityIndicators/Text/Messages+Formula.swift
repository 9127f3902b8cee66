import ProsperityModel

extension Messages {
  /// Messages quote what was in the file; a hostile field must not make a message megabytes long.
  private static func text(_ he: String, _ en: String) -> LocalizedText {
    LocalizedText(he: Shortened.text(he, limit: 600), en: Shortened.text(en, limit: 600))
  }

  static func divisionByZero(_ denominator: String) -> LocalizedText {
    text("חלוקה באפס: \(denominator) הוא 0", "division by zero: \(denominator) is 0")
  }
}
