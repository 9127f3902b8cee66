import ProsperityModel

/// The words of restatements: published values that changed since they were published.
extension RestatementText {
  static func fileChange(_ change: RestatementCause.FileChange) -> LocalizedText {
    switch change {
    case .edited: return LocalizedText(he: "השתנה הקובץ", en: "changed:")
    case .added: return LocalizedText(he: "נוסף הקובץ", en: "added:")
    case .removed: return LocalizedText(he: "הוסר הקובץ", en: "removed:")
    }
  }
  static let noInputChanged = LocalizedText(
    he: "אף קובץ קלט לא השתנה: אופן החישוב השתנה",
    en: "no input file changed: the computation itself changed")
  static let unrecorded = LocalizedText(
    he: "הקובץ שהשתנה אינו ידוע (אין רשומה של קובצי הקלט)",
    en: "the file that changed is unknown (no record of the input files)")
  static func restated(
    _ quarter: Quarter, name: String, id: String, changes: String, causes: String
  ) -> LocalizedText {
    LocalizedText(
      he: "\(quarter): ערך שפורסם תוקן – \(name) (\(id)): \(changes); \(causes)",
      en: "\(quarter): a published value was restated – \(name) (\(id)): \(changes); \(causes)")
  }
}
