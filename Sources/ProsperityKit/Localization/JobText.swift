/// What the commands say about their own work, in Hebrew and English.
enum JobText {
  static func inputsMissing(_ path: String) -> LocalizedText {
    LocalizedText(he: "קלט חסר: \(path) לא נמצא", en: "inputs missing: \(path) was not found")
  }
  static func quarterMissing(_ quarter: Quarter) -> LocalizedText {
    LocalizedText(
      he: "אין תיקיית קלט לרבעון \(quarter)", en: "there is no input folder for \(quarter)")
  }
  static func cannotWrite(_ reason: String) -> LocalizedText {
    LocalizedText(he: "לא ניתן לכתוב את הדוח: \(reason)", en: "cannot write the report: \(reason)")
  }
  static func wrote(_ path: String) -> LocalizedText {
    LocalizedText(he: "נכתב \(path)", en: "wrote \(path)")
  }
}
