import ProsperityIndicators
import ProsperityModel

/// The engine sheets' basis, outlook, reported measures and budget flags, the labels of columns
/// holding text as the engines entered it, and the definitions that explain them (#14).
extension ReportText {
  private static func text(_ he: String, _ en: String) -> LocalizedText {
    LocalizedText(he: he, en: en)
  }
  /// A Latin or numeric run inside a Hebrew sentence, kept in its reading order.
  private static func ltr(_ run: String) -> String { Bidi.ltr(run, in: .hebrew) }

  // MARK: Engine sheets
  static let basisOfAttainment = text("בסיס ההשוואה", "Basis of attainment")
  static let reportedThisQuarter = text(
    "הנתונים שדווחו ברבעון (כולל נתונים שאינם משמשים במדד)",
    "Measures reported this quarter (including those no indicator uses)")
  static let reportedValue = text("ערך ברבעון (אזורי)", "Value this quarter (region)")
  static let usedBy = text("משמש במדדים", "Used by indicators")
  static let usedByNone = text("אינו משמש במדד", "no indicator")
  static let sourceAsEntered = text("מקור (כפי שנמסר)", "Source (as entered)")
  static let noReportedMeasures = text(
    "לא דווחו נתונים ברבעון", "No measure was reported this quarter")
  static let budgetFlag = text("סימון תקציב", "Budget flag")

  // MARK: Comments & progress
  static let comparedValue = text("הערך המושווה ליעד", "Value compared with the target")

  // MARK: Columns holding what the engines entered (generated text is translated, these are not)
  static let enteredTitle = text("שם הפעילות", "Title (as entered)")
  static let enteredLead = text("גוף מוביל", "Lead (as entered)")
  static let enteredCategory = text("תחום", "Category (as entered)")
  static let enteredNotes = text("הערות", "Notes (as entered)")
  static let enteredComment = text("הערת המנוע", "Engine's comment (as entered)")

  // MARK: Definitions
  static let methodsHeading = text(
    "בסיס ההשוואה, שינויים, תחזית לסוף השנה וסימוני תקציב",
    "Basis, changes, year-end outlook and budget flags")
  static let basisRule = text(
    "בסיס ההשוואה מופיע לצד כל עמידה ביעד: «מצטבר מול יעד שנתי × \(ltr("n/4"))» – מדד מצטבר "
      + "בפריסה לינארית; «מצטבר מול יעד שנתי × החלק העונתי» – מדד מצטבר בפריסה עונתית; «מצטבר "
      + "מול יעד שנתי» – מדד שאינו מצטבר; «רבעון מול יעד רבעוני» – ערך הרבעון מול יעד שנקבע "
      + "לרבעון עצמו. הצפוי עד כה מחושב לפי אותו בסיס.",
    "The basis stands beside every attainment: “YTD vs annual × n/4”, an accumulating indicator "
      + "phased linearly; “YTD vs annual × a share (a year's season)”, one phased seasonally; "
      + "“YTD vs annual”, an indicator that does not accumulate; “quarter vs quarter target”, the "
      + "quarter's value against a target set for that quarter. Expected by now follows the "
      + "same basis.")
  static let accumulationSentence = text(
    "מדד מצטבר: נוסחתו לינארית בנתוני זרם – כל איבר הוא נתון זרם אחד, מוכפל או מחולק בקבועים או "
      + "בנתוני מלאי (למשל \(ltr("export_per_company")) = ייצוא ÷ חברות מייצאות, "
      + "\(ltr("stays_per_unit")) = לינות ÷ יחידות אירוח). מדד כזה גדל לאורך השנה כמו סכום של "
      + "זרמים, ולכן הצפוי עד כה הוא היעד השנתי × \(ltr("n/4")) (או לפי החלק העונתי).",
    "An accumulating indicator's formula is linear in flow measures: each term one flow, times or "
      + "divided by constants or stock measures (e.g. export_per_company = exports ÷ exporting "
      + "companies, stays_per_unit = overnight stays ÷ guest units). It grows through the year like "
      + "a sum of flows, so expected by now is the annual target × n/4 (or the seasonal share).")
  /// The catalog's `phasing` column, and which accumulating indicators it phases seasonally.
  static func phasingSentence(seasonal: [String]) -> LocalizedText {
    let names = seasonal.joined(separator: ", ")
    return text(
      "עמודת \(ltr("phasing")) בקטלוג המדדים (\(ltr("linear")) או \(ltr("seasonal")), ברירת "
        + "המחדל \(ltr("linear"))): בפריסה עונתית הצפוי עד כה הוא היעד השנתי × החלק מסך השנה "
        + "הקודמת שהושג עד אותו רבעון; בהיעדר שנה קודמת מלאה – \(ltr("n/4")), והסיבה נאמרת "
        + "בעמודת ההערה. בפריסה עונתית: \(seasonal.isEmpty ? "אין" : names); כל מדד מצטבר אחר – "
        + "לינארית.",
      "The indicator catalog's phasing column (linear or seasonal, linear by default): with "
        + "seasonal phasing, expected by now is the annual target × the share of the previous "
        + "year's total reached by the same quarter; without a full previous year, n/4, and the "
        + "Note column says why. Phased seasonally: \(seasonal.isEmpty ? "none" : names); every "
        + "other accumulating indicator linearly.")
  }
  static let changeSentence = text(
    "שינויים: של אחוזים – בנקודות אחוז (\(ltr("75.2% → 77.0%")) הוא \(ltr("+1.8")) נק' אחוז); "
      + "של יחסים – ביחידותיהם; של ספירות וכסף – שינוי יחסי באחוזים.",
    "Changes: of percentages in percentage points (75.2% → 77.0% is +1.8 pp); of ratios in their "
      + "own units; of counts and money relative, in per cent.")
  static func outlookSentence(_ thresholds: StatusThresholds) -> LocalizedText {
    let green = ltr(DisplayNumber.percent(thresholds.green))
    return text(
      "תחזית לסוף השנה, לכל מדד מצטבר: המצטבר מתחילת השנה ÷ החלק מסך השנה הקודמת שהושג עד "
        + "אותו רבעון (עונתיות נאיבית); בהיעדר שנה קודמת מלאה – המצטבר × \(ltr("4/n")), והסיבה "
        + "נאמרת. עמידה צפויה = התחזית מול היעד השנתי; בדרך ליעד: \(green) ומעלה, בסיכון: "
        + "פחות מכך.",
      "Year-end outlook, for every accumulating indicator: the year to date ÷ the share of the "
        + "previous year's total reached by the same quarter (seasonal naive); without a full "
        + "previous year, the year to date × 4/n, and why. Projected attainment is the projection "
        + "against the annual target; on track at \(green) or more, at risk below.")
  }
  static func budgetSentence(_ thresholds: BudgetThresholds) -> LocalizedText {
    let ratio = DisplayNumber.percent(thresholds.overspendRatio)
    let margin = DisplayNumber.format(thresholds.aheadOfTimeMargin * 100, unit: .count)
    return text(
      "סימון תקציב (הגדרות \(ltr("budget.overspend_ratio = \(ratio)")) ו-"
        + "\(ltr("budget.ahead_of_time_margin = \(margin) pp"))): «חריגה מהתקציב» – נוצל יותר "
        + "מ-\(ltr(ratio)) מהתקציב המתוכנן; «ניצול מקדים את הזמן» – חלק התקציב שנוצל עולה על "
        + "חלק הזמן שחלף (מההתחלה עד סוף הרבעון, מתוך משך הפעילות) ביותר מ-\(ltr(margin)) "
        + "נקודות אחוז, בפעילות שלא הושלמה ולא בוטלה.",
      "Budget flag (settings budget.overspend_ratio = \(ratio) and budget.ahead_of_time_margin = "
        + "\(margin) pp): “overspent”, more than \(ratio) of the planned budget spent; “spending "
        + "ahead of time”, the share of the budget spent exceeds the share of the activity's time "
        + "gone (start to the quarter's end, of start to end) by more than \(margin) percentage "
        + "points, for an activity neither completed nor cancelled.")
  }
  static let enteredTextNote = text(
    "המלל שהחוברת מפיקה הוא בעברית; שמות פעילויות, גופים מובילים, תחומים, הערות, מקורות והערות "
      + "המנועים מופיעים כפי שהוזנו, בעמודות המסומנות «כפי שנמסר».",
    "This edition's generated text is in English, while activity titles, leads, categories, "
      + "notes, sources and the engines' comments stay as entered (mostly Hebrew), in the columns "
      + "marked “as entered”.")
}
