import ProsperityModel

/// What the commands say about their own work, in Hebrew and English.
extension JobText {
  /// An input that changed while it was read.
  package static func inputChanged(_ language: Language) -> String {
    LocalizedText(
      he: "הקובץ השתנה בזמן שהדוח נכתב; הריצו שוב",
      en: "the file changed while the report was being written; run again")(language)
  }
}
