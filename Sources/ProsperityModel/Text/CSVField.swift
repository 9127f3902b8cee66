/// Fields of the CSV files the tool writes.
package enum CSVField {
  /// Quoting (RFC 4180), for the tool's own words and numbers: a field with a comma, a quote or
  /// a line break is quoted, its quotes doubled.
  package static func escape(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return field
    }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// Text that came from the inputs (a comment, a name, a formula, a path), made inert for a
  /// spreadsheet as OWASP recommends against CSV injection: a field that starts with `=`, `+`,
  /// `-`, `@`, a tab or a carriage return would be run as a formula when the file is opened in
  /// Excel (`=HYPERLINK(…)` as a live link), so it gets a leading apostrophe and is quoted. A
  /// field holding `;` or a tab is quoted too, so that a spreadsheet splitting on either cannot
  /// start a cell in its middle. Numbers are never written through here: `-3` stays a number.
  package static func text(_ field: String) -> String {
    if let first = field.unicodeScalars.first, formulaStarts.contains(first) {
      return "\"'" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    if field.contains(where: { $0 == ";" || $0 == "\t" }) {
      return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return escape(field)
  }

  /// A field of a file the tool wrote through ``text(_:)``, as it was before: without the
  /// apostrophe put before a formula's first character. (A text that itself began with an
  /// apostrophe and then one of those characters would lose it; names, formulas and paths do
  /// not begin so.)
  package static func untext(_ field: String) -> String {
    var scalars = field.unicodeScalars.makeIterator()
    guard scalars.next() == "'", let second = scalars.next(), formulaStarts.contains(second)
    else { return field }
    return String(field.unicodeScalars.dropFirst())
  }

  private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
