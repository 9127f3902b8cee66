import ProsperityIndicators
import ProsperityModel

/// The committee workbook's sentences that carry numbers or names, in Hebrew and English.
extension ReportText {
  static func workbookSubtitle(_ quarter: Quarter) -> LocalizedText {
    LocalizedText(
      he: "דוח רבעוני לוועדת ההיגוי – \(Bidi.ltr(quarter.description, in: .hebrew))",
      en: "Quarterly report to the steering committee – \(quarter)")
  }
  static func dataAsOfValue(_ date: String) -> LocalizedText {
    LocalizedText(
      he: "סוף הרבעון, \(Bidi.ltr(date, in: .hebrew))", en: "the end of the quarter, \(date)")
  }
  static func generatedByValue(files: Int) -> LocalizedText {
    LocalizedText(
      he: "prosperity, מתוך \(files) קובצי קלט, ללא שעון: אותו קלט מפיק אותו קובץ",
      en: "prosperity, from \(files) input files, with no clock time: the same inputs give the "
        + "same file")
  }
  static func fingerprintValue(_ hash: String) -> LocalizedText {
    LocalizedText(
      he:
        "\(Bidi.ltr(hash, in: .hebrew)) – טביעת \(Bidi.ltr("SHA-256", in: .hebrew)) של קובצי הקלט "
        + "הרשומים להלן",
      en: "\(hash) (SHA-256 of the input files listed below)")
  }
  static func legendValue(_ thresholds: StatusThresholds) -> LocalizedText {
    let green = DisplayNumber.percent(thresholds.green)
    let amber = DisplayNumber.percent(thresholds.amber)
    return LocalizedText(
      he: "● ירוק: עמידה ביעד של \(green) ומעלה · ▲ צהוב: \(amber) ומעלה · ○ אדום: פחות מ-\(amber)"
        + " · – אפור: אין יעד או אין ערך",
      en: "● green: attainment of \(green) or more · ▲ amber: \(amber) or more · ○ red: below "
        + "\(amber) · – grey: no target or no value")
  }
  static func activitiesCapped(shown: Int, total: Int, sheet: String) -> LocalizedText {
    LocalizedText(
      he: "מוצגות \(shown) הפעילויות הראשונות מתוך \(total); כולן בגיליון '\(sheet)'",
      en: "The first \(shown) of \(total) activities are shown; all of them are on the sheet "
        + "'\(sheet)'")
  }
  static func historyNote(first: Quarter, last: Quarter, rows: Int) -> LocalizedText {
    LocalizedText(
      he:
        "רבעונים \(Bidi.ltr(first.description, in: .hebrew))–\(Bidi.ltr(last.description, in: .hebrew)), "
        + "\(rows) שורות: טבלה לסינון "
        + "ולטבלת ציר",
      en: "Quarters \(first)–\(last), \(rows) rows: a table to filter or to build a pivot table on")
  }
  static func activitiesTitle(_ quarter: Quarter) -> LocalizedText {
    LocalizedText(
      he: "כל הפעילויות ברבעון \(Bidi.ltr(quarter.description, in: .hebrew))",
      en: "Every activity of \(quarter)")
  }
  static func activitiesCount(_ count: Int) -> LocalizedText {
    LocalizedText(he: "\(count) פעילויות", en: "\(count) activities")
  }

  /// A sheet that continues on others because Excel holds at most 1,048,576 rows a sheet.
  static func activitiesPart(
    _ part: Int, of parts: Int, first: Int, last: Int, total: Int, next: String?
  ) -> LocalizedText {
    let he = "חלק \(part) מתוך \(parts): פעילויות \(first)–\(last) מתוך \(total)"
    let en = "Part \(part) of \(parts): activities \(first)–\(last) of \(total)"
    guard let next else { return LocalizedText(he: he, en: en) }
    return LocalizedText(
      he: he + "; ההמשך בגיליון '\(next)' (גיליון מוגבל ל-1,048,576 שורות)",
      en: en + "; continued on the sheet '\(next)' (a sheet holds at most 1,048,576 rows)")
  }
  static func rowsCapped(shown: Int, total: Int) -> LocalizedText {
    LocalizedText(
      he: "מוצגות \(shown) השורות הראשונות מתוך \(total): גיליון אקסל מוגבל ל-1,048,576 שורות",
      en:
        "The first \(shown) of \(total) rows are shown: an Excel sheet holds at most 1,048,576 rows"
    )
  }
  static func byLocalityTitle(_ quarter: Quarter) -> LocalizedText {
    LocalizedText(
      he: "נתונים לפי רשות – \(Bidi.ltr(quarter.description, in: .hebrew))",
      en: "Figures by locality – \(quarter)")
  }
  static func measuresOf(reported: Int, catalogued: Int) -> LocalizedText {
    LocalizedText(
      he: "\(reported) מתוך \(catalogued)", en: "\(reported) of \(catalogued)")
  }
  static func kind(_ kind: MeasureKind) -> LocalizedText {
    switch kind {
    case .flow:
      return LocalizedText(he: "זרם: מסתכם לאורך השנה", en: "flow: summed over the year")
    case .stock:
      return LocalizedText(he: "מלאי: הערך האחרון", en: "stock: the latest value")
    }
  }

  /// The rules behind every figure, for the definitions sheet.
  static func readingRules(_ thresholds: StatusThresholds) -> [LocalizedText] {
    [
      LocalizedText(
        he: "מצטבר מתחילת השנה: נתוני זרם מסוכמים על פני רבעוני השנה, נתוני מלאי בערכם האחרון; "
          + "יחס מצטבר הוא יחס של סכומים.",
        en: "Year to date: flows are summed over the year's quarters, stocks take their latest "
          + "value; a ratio's year to date is a ratio of sums."),
      LocalizedText(
        he: "צפוי עד כה: יעד שנקבע לרבעון עצמו; אחרת היעד השנתי × n/4 במדד מצטבר (או לפי החלק "
          + "העונתי, בפריסה עונתית), או היעד השנתי כמות שהוא בכל מדד אחר, מול המצטבר מתחילת השנה.",
        en: "Expected by now: a target set for the quarter itself; otherwise the annual target × "
          + "n/4 for a cumulative indicator (or the seasonal share, with seasonal phasing), or the "
          + "annual target as it is, against the year to date."),
      LocalizedText(
        he: "עמידה ביעד: בפועל ÷ צפוי כשגבוה עדיף, צפוי ÷ בפועל כשנמוך עדיף.",
        en: "Attainment: actual ÷ expected when higher is better, expected ÷ actual when lower "
          + "is better."),
      legendValue(thresholds),
    ]
  }
}
