/// The rule for ids of engines, measures, indicators and localities: they become parts of file names
/// and formulas, so only lower-case `[a-z0-9_.-]`, starting with a letter (which keeps `..`
/// and hidden names out of Reports/, and numbers apart from ids in formulas).
package enum Identifier {
  /// Whether `text` is a valid id: `[a-z0-9_.-]`, starting with a letter, at most 100 characters.
  package static func isValid(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, ("a"..."z").contains(first), text.count <= 100
    else {
      return false
    }
    return text.unicodeScalars.allSatisfy {
      isLetterOrDigit($0) || "_.-".unicodeScalars.contains($0)
    }
  }

  private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
  }
}
