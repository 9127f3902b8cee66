import ProsperityModel

/// Something wrong in the CSV text that the reader worked around. Reading never stops for
/// these; each record lists the ones met while reading it.
package struct CSVIssue: Hashable, Sendable, CustomStringConvertible {
  /// How much the issue matters.
  package enum Severity: String, Hashable, Sendable {
    /// The text was read in a reasonable way, but may not be what the author meant.
    case warning
    /// Data is probably lost or mangled (e.g. a file cut short).
    case error
  }

  /// What went wrong.
  package enum Kind: Hashable, Sendable {
    /// A quoted field was still open at the end of the file. The field keeps everything
    /// after its opening quote, unescaped, and is the record's last field. An error.
    case unterminatedQuote
    /// Text followed a closing quote before the next separator, as in `"abc"def`. The field
    /// reads `abc"def`: the closing quote and the text after it are kept as ordinary text,
    /// so nothing typed is lost (think of `"סה"כ"`). A warning.
    case textAfterClosingQuote
  }

  /// What went wrong.
  package var kind: Kind
  /// The 0-based index of the field concerned within its record.
  package var fieldIndex: Int
  /// For `.unterminatedQuote`, the opening quote; for `.textAfterClosingQuote`, the first
  /// character after the closing quote.
  package var position: TextPosition

  /// Creates an issue from its parts.
  package init(kind: Kind, fieldIndex: Int, position: TextPosition) {
    self.kind = kind
    self.fieldIndex = fieldIndex
    self.position = position
  }

  /// How much the issue matters.
  package var severity: Severity {
    switch kind {
    case .unterminatedQuote: .error
    case .textAfterClosingQuote: .warning
    }
  }

  /// A one-line message without file name or position.
  package var message: String {
    switch kind {
    case .unterminatedQuote:
      "quoted field is never closed; it runs to the end of the file"
    case .textAfterClosingQuote:
      "text after the closing quote of a quoted field; kept together with the quote"
    }
  }

  /// `line:column: severity: message`, ready to follow `file:`.
  package var description: String { "\(position): \(severity.rawValue): \(message)" }
}
