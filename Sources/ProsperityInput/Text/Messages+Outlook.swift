import ProsperityModel

/// The messages of the catalog's phasing column and budget settings.
extension Messages {
  /// Messages quote what was in the file; a hostile field must not make a message megabytes long.
  private static func text(_ he: String, _ en: String) -> LocalizedText {
    LocalizedText(he: Shortened.text(he, limit: 600), en: Shortened.text(en, limit: 600))
  }

  static func badPhasing(_ value: String) -> LocalizedText {
    text(
      "פריסה לא מוכרת '\(value)' (linear | seasonal); נשמרה ברירת המחדל linear",
      "unknown phasing '\(value)' (linear | seasonal); the default linear was kept")
  }
  static let seasonalWithoutAccumulation = text(
    "פריסה עונתית חלה רק על מדד מצטבר (נוסחה לינארית בנתוני זרם); למדד זה היעד השנתי אינו נפרס, "
      + "והפריסה לא שונתה",
    "seasonal phasing applies only to an accumulating indicator (a formula linear in flow "
      + "measures); this indicator's annual target is not spread, so nothing changes")
}
