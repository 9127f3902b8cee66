/// Labels of the reports that this stage gives.
extension ReportText {
  private static func text(_ he: String, _ en: String) -> LocalizedText {
    LocalizedText(he: he, en: en)
  }
  static func activityStatus(_ status: ActivityStatus) -> LocalizedText {
    switch status {
    case .planned: return text("מתוכנן", "planned")
    case .active: return text("פעיל", "active")
    case .completed: return text("הושלם", "completed")
    case .delayed: return text("מתעכב", "delayed")
    case .cancelled: return text("בוטל", "cancelled")
    }
  }
}
