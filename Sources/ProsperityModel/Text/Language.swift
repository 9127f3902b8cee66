/// The language of a report. Hebrew, written right to left, is the default of every report.
package enum Language: String, CaseIterable, Sendable {
  case hebrew = "he"
  case english = "en"

  /// Whether text in this language runs right to left.
  package var isRightToLeft: Bool { self == .hebrew }
}

/// A user-facing text in both report languages.
///
/// Every string a user reads is built as a `LocalizedText`, so no report or message can exist in one
/// language only.
package struct LocalizedText: Hashable, Sendable, Codable {
  /// The text in Hebrew, shown right to left.
  package let hebrew: String
  /// The text in English.
  package let english: String

  /// A text with its Hebrew and its English.
  package init(he hebrew: String, en english: String) {
    self.hebrew = hebrew
    self.english = english
  }

  /// The text in `language`.
  package func callAsFunction(_ language: Language) -> String {
    language == .hebrew ? hebrew : english
  }

  /// Text that reads the same in both languages, such as a number or an identifier.
  package static func verbatim(_ text: String) -> LocalizedText {
    LocalizedText(he: text, en: text)
  }
}
