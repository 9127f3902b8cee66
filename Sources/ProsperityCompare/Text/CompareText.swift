import ProsperityModel

/// Every label of the comparison reports, in Hebrew and English.
extension CompareText {
  private static func text(_ he: String, _ en: String) -> LocalizedText {
    LocalizedText(he: he, en: en)
  }
  static func activityChange(_ change: ActivityChange) -> LocalizedText {
    switch change {
    case .new: return text("חדשה", "new")
    case .completed: return text("הושלמה", "completed")
    case .newlyDelayed: return text("נכנסה לעיכוב", "newly delayed")
    case .cancelled: return text("בוטלה", "cancelled")
    case .gone: return text("ירדה מהרשימה", "gone from the list")
    case .statusUnreadable: return text("סטטוס לא קריא", "status unreadable")
    case .continuing: return text("נמשכת", "continuing")
    }
  }
  static func notInReports(_ quarter: Quarter) -> LocalizedText {
    text("המדד אינו בדוחות של \(quarter)", "the indicator is not in the reports of \(quarter)")
  }
  static let noPublishedValue = text(
    "אין ערך בדוח שפורסם", "no value in the published report")

  static func verdict(_ verdict: Verdict) -> LocalizedText {
    switch verdict {
    case .improved: return text("▲ השתפר", "▲ improved")
    case .worsened: return text("▼ הורע", "▼ worsened")
    case .unchanged: return text("= ללא שינוי", "= unchanged")
    case .new: return text("חדש", "new")
    case .noLongerReported: return text("כבר לא מדווח", "no longer reported")
    case .noValue: return text("אין ערך באחד הרבעונים", "no value in one of them")
    case .added: return text("נוסף לקטלוג", "added to the catalog")
    case .removed: return text("הוסר מהקטלוג", "removed from the catalog")
    case .redefined: return text("ההגדרה שונתה", "definition changed")
    }
  }
}
