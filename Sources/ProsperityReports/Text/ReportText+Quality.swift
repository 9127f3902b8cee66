import ProsperityIndicators
import ProsperityInput
import ProsperityModel

/// The labels of the data-quality sections of the summary and the workbook.
extension ReportText {
  private static func text(_ he: String, _ en: String) -> LocalizedText {
    LocalizedText(he: he, en: en)
  }
  static let checksHeading = text("כללי בקרה", "Validation rules")
  static func ruleCounts(checked: Int, violated: Int, skipped: Int) -> LocalizedText {
    text(
      "נבדקו: \(checked), הופרו: \(violated), לא נבדקו: \(skipped)",
      "checked: \(checked), broken: \(violated), not checked: \(skipped)")
  }
  static let noRules = text(
    "אין כללי בקרה (rules.csv)", "No validation rules (rules.csv)")
  static let rule = text("כלל", "Rule")
  static let importance = text("חשיבות", "Importance")
  static let leftSide = text("צד שמאל", "Left side")
  static let rightSide = text("צד ימין", "Right side")
  static let leftValue = text("ערך שמאל", "Left value")
  static let rightValue = text("ערך ימין", "Right value")
  static let operatorLabel = text("יחס", "Operator")
  static let missingStrategy = text("ערכים חסרים", "Missing values")
  static let result = text("תוצאה", "Result")
  static let passed = text("תקין", "passed")
  static let broken = text("הופר", "broken")
  static let notChecked = text("לא נבדק", "not checked")
  static let countedAsZero = text("נספרו כ-0", "counted as 0")
  static func importance(_ importance: RuleImportance) -> LocalizedText {
    switch importance {
    case .high: return text("גבוהה", "high")
    case .medium: return text("בינונית", "medium")
    case .low: return text("נמוכה", "low")
    }
  }
  static let completenessHeading = text("שלמות ועמידה בזמנים", "Completeness and timeliness")
  static let completenessSheet = text("שלמות הדיווח", "Completeness")
  static let reportingRate = text("שיעור דיווח", "Reporting rate")
  static let reportedMeasures = text("מדדים שדווחו", "Measures reported")
  static let activitiesFile = text("קובץ פעילויות", "Activity file")
  static let noFolder = text("אין תיקייה", "no folder")
  static let missingMeasures = text("מדדים חסרים", "Missing measures")
  static let arrived = text("הוגש ב-", "Arrived")
  static let dueDate = text("מועד הגשה", "Due")
  static let timeliness = text("עמידה בזמנים", "Timeliness")
  static let onTime = text("בזמן", "on time")
  static let arrivalUnknown = text("לא ידוע", "unknown")
  static func late(_ days: Int) -> LocalizedText {
    text("ימי איחור: \(days)", "days late: \(days)")
  }
  static let everythingHandedIn = text(
    "כל המנועים הגישו את כל הקבצים והמדדים", "Every engine handed in every file and measure")
  static func missingFiles(_ names: [String]) -> LocalizedText {
    let list = names.joined(separator: ", ")
    return text("קבצים חסרים: \(list)", "missing files: \(list)")
  }
  static func missingMeasureList(_ names: [String]) -> LocalizedText {
    let list = names.joined(separator: ", ")
    return text("מדדים ללא ערך: \(list)", "measures without a value: \(list)")
  }
  static let matrixHeading = text(
    "שיעור דיווח לפי מנוע ורבעון (מדדים שדווחו ÷ מדדים בקטלוג)",
    "Reporting rate by engine and quarter (measures reported ÷ catalogued)")
  static let outliersHeading = text("ערכים חריגים לבדיקה", "Outliers for review")
  static let noOutliers = text("לא נמצאו ערכים חריגים", "No outliers found")
  static let checkedMeasure = text("מדד בסיס", "Measure")
  static let history = text("היסטוריה", "History")
  static let median = text("חציון", "Median")
  static let zScore = text("ציון z מתוקנן", "Modified z-score")
  static let jumpRatio = text("יחס לרבעון הקודם", "Ratio to previous quarter")
  static let whySuspicious = text("למה חשוד", "Why suspicious")
  static let notScored = text("ללא ציון z", "Not scored")
  static func unscoredCount(_ count: Int) -> LocalizedText {
    text(
      "מדדים ללא ציון z (היסטוריה קצרה או קבועה): \(count) – ראו גיליון הבדיקות",
      "measures without a z-score (short or constant history): \(count) – see the checks sheet")
  }
  static func outlierReason(_ reason: Outlier.Reason, threshold: Double, ratio: Double)
    -> LocalizedText
  {
    let z = NumberText.plain(threshold)
    let r = NumberText.plain(ratio)
    switch reason {
    case .farFromHistory:
      return text("רחוק מההיסטוריה (|z| > \(z))", "far from its history (|z| > \(z))")
    case .breaksConstantHistory:
      return text("שונה מהיסטוריה שלא השתנתה מעולם", "differs from a history that never changed")
    case .jump:
      return text(
        "קפיצה מול הרבעון הקודם (פי \(r) ומעלה)",
        "a jump against the previous quarter (×\(r) or more)")
    }
  }
  static let commentaryHeading = text(
    "הערות המנועים והתקדמות מקו הבסיס", "Comments and progress from baseline")
  static let commentarySheet = text("הערות והתקדמות", "Comments & progress")
  static let checksSheet = text("בדיקות", "Checks")
  static let comment = text("הערת המנוע", "Engine's comment")
  static let baseline = text("קו בסיס", "Baseline")
  static let baselineYear = text("שנת בסיס", "Baseline year")
  static let progressFromBaseline = text("התקדמות מקו הבסיס", "Progress from baseline")
  static let flag = text("לתשומת לב", "Flag")
  static let redWithoutComment = text("אדום ללא הסבר", "red without a comment")
  static let noComments = text("לא הוגשו הערות", "No comments handed in")
  static let allRedExplained = text(
    "לכל מדד אדום יש הסבר", "Every red indicator has a comment")
}
