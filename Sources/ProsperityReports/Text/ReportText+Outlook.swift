import ProsperityIndicators
import ProsperityModel

/// The words of the basis of attainment, changes, the year-end outlook, budget flags and the
/// measures no indicator uses, in the summary (and the sentences the definitions will carry).
extension ReportText {
  private static func text(_ he: String, _ en: String) -> LocalizedText {
    LocalizedText(he: he, en: en)
  }

  // MARK: Basis and changes
  static let basis = text("בסיס ההשוואה", "Basis")
  static let versusPrevious = text("מול רבעון קודם", "vs previous quarter")
  static let versusYearAgo = text("מול אשתקד", "vs a year ago")
  static let movedFromTo = text("קודם → עתה", "then → now")
  static func seasonalFallback(_ indicator: LocalizedText, _ reason: LocalizedText) -> LocalizedText
  {
    text(
      "\(indicator.hebrew): פריסה עונתית לא הייתה אפשרית, הצפוי עד כה לפי n/4 – \(reason.hebrew)",
      "\(indicator.english): no seasonal phasing, expected by now is n/4 – \(reason.english)")
  }

  // MARK: Year-end outlook
  static let outlookHeading = text("תחזית לסוף השנה", "Year-end outlook")
  static let projectedYearEnd = text("תחזית לסוף השנה", "Projected year end")
  static let projectedAttainment = text("עמידה צפויה ביעד", "Projected attainment")
  static let outlook = text("הערכה", "Outlook")
  static let method = text("שיטה", "Method")
  static let noOutlook = text(
    "אין מדד מצטבר שניתן לחזות את סוף שנתו", "No accumulating indicator to project")
  static func outlookRule(_ thresholds: StatusThresholds) -> LocalizedText {
    let green = DisplayNumber.percent(thresholds.green)
    return text(
      "מדד מצטבר נחזה לסוף השנה מהמצטבר מתחילת השנה ומהחלק מסך השנה הקודמת שהושג עד אותו רבעון "
        + "(עונתיות נאיבית); בהיעדר שנה קודמת מלאה – המצטבר × 4/n, והסיבה נאמרת. "
        + "בדרך ליעד: עמידה צפויה של \(green) ומעלה מהיעד השנתי; בסיכון: פחות מכך.",
      "An accumulating indicator's year end is projected from its year to date and the share of "
        + "the previous year's total reached by the same quarter (seasonal naive); without a full "
        + "previous year, the year to date × 4/n, and why. On track: a projected attainment of "
        + "\(green) or more of the annual target; at risk: less.")
  }
  static func shortMethod(_ method: YearEndOutlook.Method) -> LocalizedText {
    switch method {
    case .seasonal(let share, let year):
      let percent = DisplayNumber.percent(share)
      return text("עונתי (\(percent) מ-\(year))", "seasonal (\(percent) of \(year))")
    case .linear: return text("לינארי (n/4)", "linear (n/4)")
    case .yearComplete: return text("השנה הושלמה", "year complete")
    }
  }

  // MARK: Budget flags
  static let budgetFlagsHeading = text("חריגות תקציב", "Budget flags")
  static func budgetRule(_ thresholds: BudgetThresholds) -> LocalizedText {
    let ratio = DisplayNumber.percent(thresholds.overspendRatio)
    let margin = DisplayNumber.format(thresholds.aheadOfTimeMargin * 100, unit: .count)
    return text(
      "מסומנת פעילות שניצלה יותר מ-\(ratio) מהתקציב המתוכנן, או שחלק התקציב שנוצל עולה על חלק "
        + "הזמן שחלף (מההתחלה עד סוף הרבעון, מתוך משך הפעילות) ביותר מ-\(margin) נקודות אחוז.",
      "An activity is flagged when it spent more than \(ratio) of its planned budget, or when the "
        + "share of its budget spent exceeds the share of its time gone (start to the quarter's "
        + "end, of start to end) by more than \(margin) percentage points.")
  }
  static func budgetReason(_ reason: BudgetFlagReason) -> LocalizedText {
    switch reason {
    case .overspent: return text("חריגה מהתקציב", "overspent")
    case .aheadOfTime: return text("ניצול מקדים את הזמן", "spending ahead of time")
    }
  }
  static func spentOfPlanned(_ spent: String, _ planned: String, _ share: String?)
    -> LocalizedText
  {
    let he = share.map { " (\($0))" } ?? ""
    return text("נוצלו \(spent) מתוך \(planned)\(he)", "spent \(spent) of \(planned)\(he)")
  }
  static func timeElapsed(_ share: String, end: String) -> LocalizedText {
    text("חלפו \(share) מהזמן (סיום \(end))", "\(share) of its time gone (ends \(end))")
  }
  static let noBudgetFlags = text("אין פעילות מסומנת", "No activity is flagged")
  static func moreBudgetFlags(_ count: Int) -> LocalizedText {
    text(
      "ועוד \(count) פעילויות מסומנות: ראו את גיליון הפעילויות בחוברת",
      "and \(count) more flagged activities: see the workbook's activities sheet")
  }

  // MARK: Measures no indicator uses
  static let reportedUnused = text("דווח ואינו במדד", "Reported, in no indicator")
  static let sourceLabel = text("מקור", "source")

  // MARK: Sentences for the definitions
  static let accumulationRule = text(
    "מדד מצטבר: נוסחתו לינארית בנתוני זרם – כל איבר הוא נתון זרם אחד, מוכפל או מחולק בקבועים או "
      + "בנתוני מלאי (למשל ייצוא ÷ חברות מייצאות, לינות ÷ יחידות אירוח). מדד כזה גדל לאורך השנה "
      + "כמו סכום של זרמים, ולכן הצפוי עד כה הוא היעד השנתי × n/4 (או לפי החלק העונתי); זרם "
      + "מחולק בזרם (שיעור), נתון מלאי לבדו ומכפלת זרמים אינם מצטברים ומושווים ליעד השנתי כמות שהוא.",
    "An accumulating indicator's formula is linear in flow measures: each term one flow, times or "
      + "divided by constants or stock measures (e.g. exports ÷ exporting companies, overnight "
      + "stays ÷ guest units). It grows through the year like a sum of flows, so expected by now "
      + "is the annual target × n/4 (or the seasonal share); a flow over a flow (a rate), a stock "
      + "alone or a product of flows does not accumulate and is compared with the annual target "
      + "as it is.")
  static let phasingRule = text(
    "פריסה עונתית (phasing = seasonal בקטלוג): הצפוי עד כה הוא היעד השנתי × החלק מסך השנה "
      + "הקודמת שהושג עד אותו רבעון; בהיעדר שנה קודמת מלאה – n/4, והסיבה נאמרת.",
    "Seasonal phasing (phasing = seasonal in the catalog): expected by now is the annual target × "
      + "the share of the previous year's total reached by the same quarter; without a full "
      + "previous year, n/4, and why.")
}
