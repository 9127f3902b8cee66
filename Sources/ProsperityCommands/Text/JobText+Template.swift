import ProsperityModel

/// What the template command says, in Hebrew and English.
extension JobText {
  static func templateExists(_ path: String) -> LocalizedText {
    LocalizedText(
      he: "הקובץ \(path) כבר קיים; לא נכתב מחדש",
      en: "the file \(path) exists already; it was left as it is")
  }
}
