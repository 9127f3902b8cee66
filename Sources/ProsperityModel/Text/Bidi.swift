/// Unicode direction marks that keep mixed Hebrew and Latin text in its reading order wherever it
/// is shown, whatever the direction of the paragraph around it.
package enum Bidi {
  /// Left-to-right mark.
  static let lrm = "\u{200E}"
  /// Right-to-left embedding and pop directional formatting.
  static let rle = "\u{202B}"
  static let pdf = "\u{202C}"

  /// `text` (a quarter, an id, a number) kept left to right inside a Hebrew sentence: without the
  /// marks, `2026-Q3` in a right-to-left line reads `Q3-2026`.
  package static func ltr(_ text: String, in language: Language) -> String {
    language.isRightToLeft ? lrm + text + lrm : text
  }

  /// A Hebrew line laid out right to left even where the surrounding paragraph runs left to
  /// right (page headers and footers): otherwise `עמוד 1 מתוך 3` reads `3 מתוך 1 עמוד`.
  package static func embedded(_ text: String, in language: Language) -> String {
    language.isRightToLeft ? rle + text + pdf : text
  }
}
