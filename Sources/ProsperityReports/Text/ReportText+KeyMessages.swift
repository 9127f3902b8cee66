import ProsperityModel

/// The key messages that open page 1 of the workbook and the text summary, in Hebrew and English.
/// Numbers, quarters and changes inside Hebrew sentences are kept left to right.
extension ReportText {
  private static func text(_ he: String, _ en: String) -> LocalizedText {
    LocalizedText(he: he, en: en)
  }
  static let keyMessages = text("מסרים עיקריים", "Key messages")
  static let exceptionsHeading = text(
    "מדדים באדום ובצהוב – לדיון בוועדה", "Red and amber indicators – for the committee")
  static let noExceptions = text(
    "אין מדד באדום או בצהוב ברבעון זה", "No indicator is red or amber this quarter")
  static let noExplanation = text("לא נמסר הסבר", "no explanation given")
  /// The status table's live check: a short header, so the row does not wrap around the chart's
  /// title; the cell says what was checked.
  static let liveCheck = text("בדיקה", "Check")
  static let liveCheckAgrees = text("✓ כבגיליון המנוע", "✓ as on the engine sheet")
  static let liveCheckDiffers = text("≠ גיליון המנוע השתנה", "≠ the engine sheet was changed")

  /// A status as a sentence counts it: "7 red" / "7 באדום".
  private static func counted(_ count: Int, _ status: Status) -> LocalizedText {
    let he: String
    switch status {
    case .green: he = "בירוק"
    case .amber: he = "בצהוב"
    case .red: he = "באדום"
    case .grey: he = "באפור"
    }
    return LocalizedText(
      he: "\(count) \(he)", en: "\(count) \(status.label.english.lowercased())")
  }

  /// "a, b and c" in each language.
  private static func joined(_ parts: [LocalizedText]) -> LocalizedText {
    func join(_ items: [String], _ and: String) -> String {
      guard items.count > 1 else { return items.first ?? "" }
      return items.dropLast().joined(separator: ", ") + and + items.last!
    }
    return LocalizedText(
      he: join(parts.map(\.hebrew), " ו-"), en: join(parts.map(\.english), " and "))
  }

  /// How many indicators are of each status, and the same count for the quarter before.
  static func statusCounts(
    total: Int, counts: [(Status, Int)], previous: (quarter: Quarter, counts: [(Status, Int)])?
  ) -> LocalizedText {
    let now = joined(counts.map { counted($0.1, $0.0) })
    let of = LocalizedText(
      he: total == 1 ? "מצב המדד" : "מצב \(total) המדדים",
      en: total == 1 ? "Status of the indicator" : "Status of the \(total) indicators")
    guard let previous else {
      return LocalizedText(
        he: "\(of.hebrew): \(now.hebrew).", en: "\(of.english): \(now.english).")
    }
    let before = joined(previous.counts.map { counted($0.1, $0.0) })
    let quarter = previous.quarter.description
    // The quarter ends the Hebrew aside: a colon after it would join the count to its run.
    return LocalizedText(
      he: "\(of.hebrew): \(now.hebrew) (לעומת \(before.hebrew) ברבעון "
        + "\(Bidi.ltr(quarter, in: .hebrew))).",
      en: "\(of.english): \(now.english) (in \(quarter): \(before.english)).")
  }

  /// The indicators that moved most from a year ago, each with its change as shown. Hebrew says
  /// up or down in words: a sign before a number inside a right-to-left sentence is drawn on the
  /// number's other side.
  static func yearOnYearMovers(_ moves: [(name: LocalizedText, change: LocalizedText)])
    -> LocalizedText
  {
    let he = moves.map { move -> String in
      let shown = move.change.hebrew
      let size = Bidi.ltr(String(shown.dropFirst()), in: .hebrew)
      let word = shown.hasPrefix("+") ? "עלייה של" : shown.hasPrefix("-") ? "ירידה של" : "שינוי של"
      return "\(move.name.hebrew) (\(word) \(size))"
    }
    let en = moves.map { "\($0.name.english) \($0.change.english)" }
    return LocalizedText(
      he: "השינויים הגדולים ביותר מול אשתקד: " + he.joined(separator: ", ") + ".",
      en: "Largest moves from a year ago: " + en.joined(separator: ", ") + ".")
  }
  static let noYearOnYear = text(
    "אין מדד שניתן להשוות לאותו רבעון אשתקד.",
    "No indicator can be compared with the same quarter a year ago.")

  /// The red indicators without their engine's explanation.
  static func unexplainedReds(_ unexplained: Int, of reds: Int) -> LocalizedText {
    if reds == 0 { return text("אין מדד באדום.", "No indicator is red.") }
    if unexplained == 0 {
      return text(
        "לכל מדד באדום יש הסבר מהמנוע.", "Every red indicator has its engine's explanation.")
    }
    if reds == 1 {
      return text("למדד היחיד באדום אין הסבר מהמנוע.", "The one red indicator has no explanation.")
    }
    if unexplained == reds {
      return LocalizedText(
        he: "לאף אחד מ-\(reds) המדדים באדום אין הסבר מהמנוע.",
        en: "None of the \(reds) red indicators has an explanation from its engine.")
    }
    return LocalizedText(
      he: "ל-\(unexplained) מתוך \(reds) המדדים באדום אין הסבר מהמנוע.",
      en: "\(unexplained) of the \(reds) red indicators have no explanation from their engine.")
  }

  /// Which engines did not hand in which file, and how many catalogued measures have no value.
  static func missingInputs(
    files: [(engine: LocalizedText, kpi: Bool, activities: Bool)], measures: Int
  )
    -> LocalizedText
  {
    guard !files.isEmpty || measures > 0 else {
      return text(
        "כל הקבצים הוגשו: קובצי המדדים והפעילויות, עם ערך לכל נתון.",
        "Every file is in: each KPI and activity file, with a value for every measure.")
    }
    var he: [String] = []
    var en: [String] = []
    if !files.isEmpty {
      let list = files.map { file -> LocalizedText in
        let which = [file.kpi ? kpiFile : nil, file.activities ? activityFile : nil]
          .compactMap { $0 }
        return LocalizedText(
          he: "\(file.engine.hebrew) (\(which.map(\.hebrew).joined(separator: ", ")))",
          en:
            "\(file.engine.english) (\(which.map { $0.english.lowercased() }.joined(separator: ", ")))"
        )
      }
      he.append("קבצים חסרים: " + list.map(\.hebrew).joined(separator: "; ") + ".")
      en.append("Missing files: " + list.map(\.english).joined(separator: "; ") + ".")
    }
    if measures > 0 {
      he.append(
        measures == 1 ? "לנתון אחד אין ערך ברבעון." : "ל-\(measures) נתונים אין ערך ברבעון.")
      en.append(
        measures == 1
          ? "One catalogued measure has no value this quarter."
          : "\(measures) catalogued measures have no value this quarter.")
    }
    return LocalizedText(he: he.joined(separator: " "), en: en.joined(separator: " "))
  }

  /// How many accumulating indicators the year-end outlook puts at risk.
  static func outlookAtRisk(_ atRisk: Int, of projected: Int) -> LocalizedText {
    if atRisk == 0 {
      return LocalizedText(
        he: "תחזית לסוף השנה: כל \(projected) המדדים שנחזו צפויים לעמוד ביעד השנתי.",
        en: "Year-end outlook: all \(projected) projected indicators are on track for their "
          + "annual target.")
    }
    return LocalizedText(
      he: "תחזית לסוף השנה: \(atRisk) מתוך \(projected) המדדים שנחזו בסיכון שלא לעמוד ביעד השנתי.",
      en: "Year-end outlook: \(atRisk) of \(projected) projected indicators are at risk of "
        + "missing their annual target.")
  }
}
