/// Where in the inputs a diagnostic points: a file, and where known the physical line and column.
package struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
  package let file: String
  package let line: Int?
  package let column: Int?

  package init(file: String, line: Int? = nil, column: Int? = nil) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`, leaving out what is not known.
  package var description: String {
    switch (line, column) {
    case (let line?, let column?): return "\(file):\(line):\(column)"
    case (let line?, nil): return "\(file):\(line)"
    default: return file
    }
  }
}

/// A problem found in the inputs or while computing: a value, never a thrown error, so the run goes on
/// past a bad row and reports everything it found.
package struct Diagnostic: Hashable, Sendable, Codable {
  package enum Severity: String, Sendable, Codable, Comparable {
    case warning
    case error

    package static func < (lhs: Severity, rhs: Severity) -> Bool {
      lhs == .warning && rhs == .error
    }
  }

  package let severity: Severity
  package let message: LocalizedText
  package let location: SourceLocation?
  /// The quarter the problem belongs to; `nil` for the catalog.
  package let quarter: Quarter?
  /// The record as it stood in the file, when the problem made the tool set a row aside.
  package let rejectedRow: String?

  package init(
    _ severity: Severity, _ message: LocalizedText, at location: SourceLocation? = nil,
    quarter: Quarter? = nil, rejectedRow: String? = nil
  ) {
    self.severity = severity
    self.message = message
    self.location = location
    self.quarter = quarter
    self.rejectedRow = rejectedRow
  }

  /// The compiler-style line written to stderr: `path:line:column: error: message`.
  package func rendered(in language: Language) -> String {
    let prefix = location.map { "\($0): " } ?? "prosperity: "
    return "\(prefix)\(severity.rawValue): \(message(language))"
  }
}
