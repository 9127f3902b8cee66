import ProsperityIndicators
import ProsperityInput
import ProsperityModel

/// Labels of the reports that this stage gives.
extension ReportText {
  private static func text(_ he: String, _ en: String) -> LocalizedText {
    LocalizedText(he: he, en: en)
  }
  static let cluster = text(
    "אשכול נגב מערבי – מנועי השגשוג", "Western Negev Cluster – Prosperity Engines")
  static func quarterlyReport(_ quarter: Quarter) -> LocalizedText {
    text("דוח רבעוני \(quarter)", "Quarterly report \(quarter)")
  }
  static let indicator = text("מדד", "Indicator")
  static let engine = text("מנוע", "Engine")
  static let targetPeriod = text("תקופת היעד", "Target period")
  static let previous = text("רבעון קודם", "Previous quarter")
  static let changeFromPrevious = text("שינוי מהרבעון הקודם", "Change from previous quarter")
  static let yearAgo = text("לפני שנה", "Year ago")
  static let changeFromYearAgo = text("שינוי משנה שעברה", "Change from a year ago")
  static let reason = text("הערה", "Note")
  static let partial = text("חלקי", "partial")
  static let headline = text("מדדי מפתח", "Headline indicators")
  static let activities = text("פעילויות", "Activities")
  static let budgetExecution = text("ביצוע תקציב", "Budget execution")
  static let movers = text("מה זז הכי הרבה מאז הרבעון הקודם", "What moved most since last quarter")
  static let noMovers = text(
    "אין מדדים שניתן להשוות לרבעון הקודם", "No indicator can be compared with last quarter")
  static let delayedActivities = text("פעילויות מתעכבות", "Delayed activities")
  static let noDelayedActivities = text("אין פעילויות מתעכבות", "No delayed activities")
  static func moreDelayedActivities(_ count: Int) -> LocalizedText {
    text(
      "ועוד \(count) פעילויות מתעכבות: ראו את גיליון הפעילויות בחוברת",
      "and \(count) more delayed activities: see the workbook's activities sheet")
  }
  static let dataProblems = text("בעיות נתונים", "Data problems")
  static let noDataProblems = text("לא נמצאו בעיות נתונים", "No data problems found")
  /// How many errors and warnings the inputs had.
  package static func problemCounts(errors: Int, warnings: Int) -> LocalizedText {
    text("שגיאות: \(errors), אזהרות: \(warnings)", "errors: \(errors), warnings: \(warnings)")
  }
  static func moreProblems(_ count: Int) -> LocalizedText {
    text(
      "ועוד \(count) – ראו גיליון איכות הנתונים", "and \(count) more – see the data-quality sheet")
  }
  static let activityID = text("מזהה", "ID")
  static let title = text("שם הפעילות", "Title")
  static let category = text("תחום", "Category")
  static let lead = text("גוף מוביל", "Lead")
  static let start = text("התחלה", "Start")
  static let end = text("סיום", "End")
  static let budgetPlanned = text("תקציב מתוכנן", "Budget planned")
  static let budgetSpent = text("תקציב שנוצל", "Budget spent")
  static let participants = text("משתתפים ברבעון", "Participants this quarter")
  static let notes = text("הערות", "Notes")
  static let rejectedMark = text("נדחתה", "rejected")
  static let summarySheet = text("סיכום", "Summary")
  static let dataQualitySheet = text("איכות נתונים", "Data quality")
  static let severity = text("חומרה", "Severity")
  static let location = text("מיקום", "Location")
  static let message = text("הודעה", "Message")
  static let rejectedRow = text("השורה כפי שהופיעה בקובץ", "The row as it stood in the file")
  static let error = text("שגיאה", "error")
  static let warning = text("אזהרה", "warning")
  static let statusCounts = text("מדדים לפי סטטוס", "Indicators by status")
  static let total = text("סה\"כ", "Total")
  static let noValue = text("אין ערך", "no value")
  static func partialYearToDate(_ quarters: [String]) -> LocalizedText {
    let list = quarters.joined(separator: ", ")
    return LocalizedText(
      he: "המצטבר חלקי: חסרים ערכים ל-\(list)", en: "year to date is partial: no values for \(list)"
    )
  }
  static let definitionsSheet = LocalizedText(he: "הגדרות", en: "Definitions")
  static let indicatorID = LocalizedText(he: "מזהה", en: "ID")
  static let formulaInWords = LocalizedText(he: "הנוסחה במילים", en: "Formula in words")
  static let cumulative = LocalizedText(he: "מצטבר", en: "Cumulative")
  static let yes = LocalizedText(he: "כן", en: "yes")
  static let no = LocalizedText(he: "לא", en: "no")
  static let inputFiles = LocalizedText(he: "קובצי הקלט", en: "Input files")
  static let file = LocalizedText(he: "קובץ", en: "File")
  static let encoding = LocalizedText(he: "קידוד", en: "Encoding")
  static let sha256 = LocalizedText(he: "SHA-256", en: "SHA-256")
  static func activityMeasure(_ measure: ActivityMeasure) -> LocalizedText {
    switch measure {
    case .count: return LocalizedText(he: "מספר הפעילויות", en: "number of activities")
    case .active: return LocalizedText(he: "פעילויות פעילות", en: "active activities")
    case .completed: return LocalizedText(he: "פעילויות שהושלמו", en: "completed activities")
    case .delayed: return LocalizedText(he: "פעילויות מתעכבות", en: "delayed activities")
    case .budgetPlanned:
      return LocalizedText(he: "תקציב מתוכנן מצטבר", en: "budget planned to date")
    case .budgetSpent: return LocalizedText(he: "תקציב שנוצל מצטבר", en: "budget spent to date")
    case .participants: return LocalizedText(he: "משתתפים ברבעון", en: "participants this quarter")
    }
  }
}
