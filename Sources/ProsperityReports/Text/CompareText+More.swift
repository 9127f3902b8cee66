import ProsperityCompare
import ProsperityModel

extension CompareText {
  /// After the first activities of a change the comparison text lists: how many more there are,
  /// and where they are all listed.
  static func moreActivities(_ change: ActivityChange, _ count: Int) -> LocalizedText {
    let see = LocalizedText(
      he: "ראו את גיליון הפעילויות בחוברת", en: "see the workbook's activities sheet")
    let more: LocalizedText
    switch change {
    case .new:
      more = LocalizedText(
        he: "ועוד \(count) פעילויות חדשות", en: "and \(count) more new activities")
    case .completed:
      more = LocalizedText(
        he: "ועוד \(count) פעילויות שהושלמו", en: "and \(count) more completed activities")
    case .newlyDelayed:
      more = LocalizedText(
        he: "ועוד \(count) פעילויות שנכנסו לעיכוב",
        en: "and \(count) more newly delayed activities")
    case .cancelled:
      more = LocalizedText(
        he: "ועוד \(count) פעילויות שבוטלו", en: "and \(count) more cancelled activities")
    case .gone:
      more = LocalizedText(
        he: "ועוד \(count) פעילויות שירדו מהרשימה",
        en: "and \(count) more activities gone from the list")
    case .statusUnreadable:
      more = LocalizedText(
        he: "ועוד \(count) פעילויות שהסטטוס שלהן לא קריא",
        en: "and \(count) more activities whose status is unreadable")
    case .continuing:
      more = LocalizedText(
        he: "ועוד \(count) פעילויות נמשכות", en: "and \(count) more continuing activities")
    }
    return LocalizedText(he: "\(more.hebrew): \(see.hebrew)", en: "\(more.english): \(see.english)")
  }
}
