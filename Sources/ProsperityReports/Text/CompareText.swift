import ProsperityCompare
import ProsperityIndicators
import ProsperityModel

/// Every label of the comparison reports, in Hebrew and English.
extension CompareText {
  private static func text(_ he: String, _ en: String) -> LocalizedText {
    LocalizedText(he: he, en: en)
  }
  /// Between a column header's words and its quarter: the code on a line of its own, so that the
  /// header never wraps inside it (after the hyphen of 2026-Q3, as Excel and LibreOffice would).
  static let ownLine = "\n"
  /// A quarter inside a Hebrew label, marked left to right: unmarked, `2026-Q3` reads `Q3-2026`.
  private static func ltr(_ quarter: Quarter) -> String {
    Bidi.ltr(quarter.description, in: .hebrew)
  }
  static func comparison(_ earlier: Quarter, _ later: Quarter) -> LocalizedText {
    text("השוואה: \(ltr(earlier)) מול \(ltr(later))", "Comparison: \(earlier) and \(later)")
  }
  static func direction(_ earlier: Quarter, _ later: Quarter) -> LocalizedText {
    text(
      "השינוי מחושב מ-\(ltr(earlier)) אל \(ltr(later)): ▲ לטובה ▼ לרעה לפי הכיוון הרצוי של כל מדד;"
        + " \"ללא שינוי\" = הפרש של עד 0.5% מהגדול מבין שני הערכים.",
      "Changes run from \(earlier) to \(later): ▲ better, ▼ worse by each indicator's direction;"
        + " \"unchanged\" = within 0.5% of the larger of the two values.")
  }
  static func engineFilter(_ engine: LocalizedText) -> LocalizedText {
    text("מנוע: \(engine.hebrew) בלבד", "Engine: \(engine.english) only")
  }
  static let byEngine = text("לפי מנוע", "By engine")
  static let movers = text("המדדים שזזו הכי הרבה", "Biggest movers")
  static let noMovers = text(
    "אין מדדים שהשתפרו או הורעו ביחס לערך שאינו 0",
    "No indicator improved or worsened from a value other than 0")
  static let change = text("שינוי", "Change")
  static let relativeChange = text("שינוי יחסי", "Relative change")
  static let verdictHeading = text("הערכה", "Verdict")
  static let yearToDateVerdict = text("הערכת המצטבר", "YTD verdict")
  static let yearToDateChange = text("שינוי במצטבר", "YTD change")
  static func yearToDate(_ quarter: Quarter, _ gap: String = " ") -> LocalizedText {
    text("מצטבר\(gap)\(ltr(quarter))", "YTD\(gap)\(quarter)")
  }
  static func status(_ quarter: Quarter, _ gap: String = " ") -> LocalizedText {
    text("סטטוס\(gap)\(ltr(quarter))", "Status\(gap)\(quarter)")
  }
  static func budgetSpent(_ quarter: Quarter, _ gap: String = " ") -> LocalizedText {
    text("תקציב שנוצל\(gap)\(ltr(quarter))", "Budget spent\(gap)\(quarter)")
  }
  static func participants(_ quarter: Quarter, _ gap: String = " ") -> LocalizedText {
    text("משתתפים\(gap)\(ltr(quarter))", "Participants\(gap)\(quarter)")
  }
  static let budgetSpentChange = text("שינוי בתקציב שנוצל", "Budget spent change")
  static let participantsChange = text("שינוי במשתתפים", "Participants change")
  static let activityChangeHeading = text("מה קרה", "What happened")
  static let whyNoValue = text("למה חסר ערך", "Why a value is missing")
  static let noActivityChanges = text(
    "אין פעילויות חדשות, שהושלמו, שנכנסו לעיכוב, שבוטלו או שירדו מהרשימה",
    "No activity is new, completed, newly delayed, cancelled or gone from the list")
  static func activityTotals(
    count: (Int, Int), spent: (String, String, String?), participants: (String, String, String?)
  ) -> LocalizedText {
    let spentChange = spent.2.map { " (\($0))" } ?? ""
    let participantsChange = participants.2.map { " (\($0))" } ?? ""
    return text(
      "פעילויות: \(count.0) → \(count.1) · תקציב שנוצל \(spent.0) → \(spent.1)\(spentChange)"
        + " · משתתפים ברבעון \(participants.0) → \(participants.1)\(participantsChange)",
      "Activities: \(count.0) → \(count.1) · budget spent \(spent.0) → \(spent.1)\(spentChange)"
        + " · participants \(participants.0) → \(participants.1)\(participantsChange)")
  }
  static let catalogChanges = text("שינויים בקטלוג המדדים", "Catalog changes")
  static let noCatalogChanges = text(
    "הגדרות המדדים זהות בשני הרבעונים", "The indicators are defined the same way in both quarters")
  static let catalogNote = text(
    "מדדים אלה אינם מוערכים כשיפור או הרעה: הגדרתם שונה בין הדוחות של שני הרבעונים.",
    "These indicators are not judged better or worse: they are defined differently in the two"
      + " quarters' reports.")
  static let whatChanged = text("מה השתנה", "What changed")
  static func dataProblems(_ quarter: Quarter, errors: Int, warnings: Int) -> LocalizedText {
    text(
      "\(ltr(quarter)): שגיאות \(errors), אזהרות \(warnings)",
      "\(quarter): errors \(errors), warnings \(warnings)")
  }
  static let seeQuarterWorkbooks = text(
    "הפירוט בגיליון איכות הנתונים של כל רבעון", "details on each quarter's data-quality sheet")
  static let indicatorsSheet = text("מדדים", "Indicators")
  static let catalogSheet = text("שינויי קטלוג", "Catalog changes")
  static func changeChartTitle(_ earlier: Quarter, _ later: Quarter) -> LocalizedText {
    text(
      "מדדי מפתח: שינוי יחסי מ-\(ltr(earlier)) אל \(ltr(later))",
      "Headline indicators: relative change from \(earlier) to \(later)")
  }
  static let chartKey = text(
    "בתרשים: ירוק – השתפר, אדום – הורע, אפור – ללא שינוי (לפי הכיוון הרצוי של כל מדד)",
    "In the chart: green improved, red worsened, grey unchanged (by each indicator's direction)")
  static let catalogChangeCount = LocalizedText(he: "שינויי קטלוג", en: "catalog changes")
  static let activitiesByChange = LocalizedText(
    he: "פעילויות לפי שינוי", en: "Activities by change")
  static let indicatorsByVerdict = LocalizedText(he: "מדדים לפי הערכה", en: "Indicators by verdict")
  static func activityCount(_ quarter: Quarter, _ gap: String = " ") -> LocalizedText {
    LocalizedText(he: "פעילויות\(gap)\(ltr(quarter))", en: "Activities\(gap)\(quarter)")
  }
  static let dataProblemsHeading = LocalizedText(he: "בעיות נתונים", en: "Data problems")
  static let participantsShort = LocalizedText(he: "משתתפים", en: "participants")
  static let budgetSpentShort = LocalizedText(he: "תקציב שנוצל", en: "budget spent")
  static func dataProblems(_ quarter: Quarter, problems: (errors: Int, warnings: Int))
    -> LocalizedText
  {
    dataProblems(quarter, errors: problems.errors, warnings: problems.warnings)
  }
  static let noActivities = LocalizedText(
    he: "אין פעילויות באף אחד מהרבעונים", en: "No activities in either quarter")
}
