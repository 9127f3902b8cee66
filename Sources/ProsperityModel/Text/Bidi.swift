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

extension Bidi {
  /// `text` with every run that joins Latin letters and digits with punctuation (`2026-Q3`,
  /// `AGR-004`, `Inputs/2026-Q3/tourism-kpis.csv`) held left to right, where `text` is Hebrew:
  /// a right-to-left line otherwise shows `Q3-2026` and `004-AGR`. Runs of one kind (`2026`,
  /// `30/06/2027`, `agritech.export_value`) read right already and are left as they are, as is
  /// text without Hebrew.
  package static func marked(_ text: String, in language: Language) -> String {
    guard language.isRightToLeft, mayMix(text) else { return text }
    let scalars = Array(text.unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      guard isRunCharacter(scalars[index]), isAlphanumeric(scalars[index]) else {
        result.append(scalars[index])
        index += 1
        continue
      }
      var end = index
      while end < scalars.count, isRunCharacter(scalars[end]) { end += 1 }
      // A run ends on a letter or digit: trailing punctuation belongs to the sentence.
      while end > index, !isAlphanumeric(scalars[end - 1]) { end -= 1 }
      let run = scalars[index..<end]
      let marked = index > 0 && scalars[index - 1] == "\u{200E}"
      if !marked, run.contains(where: isLatinLetter), run.contains(where: isDigit),
        run.contains(where: { !isAlphanumeric($0) })
      {
        result.append("\u{200E}")
        result.append(contentsOf: run)
        result.append("\u{200E}")
      } else {
        result.append(contentsOf: run)
      }
      index = end
    }
    return String(result)
  }

  /// Whether `text` holds Hebrew, a Latin letter and a digit: one pass over its bytes, so the
  /// hundred thousand cells of a large activities sheet cost next to nothing when they do not.
  private static func mayMix(_ text: String) -> Bool {
    var hebrew = false
    var letter = false
    var digit = false
    for byte in text.utf8 {
      switch byte {
      case 0xD6, 0xD7: hebrew = true
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = true
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
        letter = true
      default: break
      }
    }
    return hebrew && letter && digit
  }

  private static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
    ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar)
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

  private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
    isLatinLetter(scalar) || isDigit(scalar)
  }

  private static func isRunCharacter(_ scalar: Unicode.Scalar) -> Bool {
    isAlphanumeric(scalar) || "-./:_".unicodeScalars.contains(scalar)
  }
}
