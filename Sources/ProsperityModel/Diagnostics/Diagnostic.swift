/// Where in the inputs a diagnostic points: a file, and where known the physical line and column.
package struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The path as the operator's `--inputs` gives it, so the message leads to the file.
  package let file: String
  /// The physical line, counting from 1 (a quoted field may span several); `nil` for the whole file.
  package let line: Int?
  /// Counting from 1, in Unicode scalars from the line's start; `nil` for a whole line or file.
  package let column: Int?

  /// A place in `file`, as precise as what is known.
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
  /// An error makes the run exit 65; a warning is reported and the run goes on as normal.
  package enum Severity: String, Sendable, Codable, Comparable {
    case warning
    case error

    /// Warnings before errors, so the most serious is the largest.
    package static func < (lhs: Severity, rhs: Severity) -> Bool {
      lhs == .warning && rhs == .error
    }
  }

  /// Whether the problem fails the run or is only reported.
  package let severity: Severity
  /// What went wrong, in both languages.
  package let message: LocalizedText
  /// Where in the inputs; `nil` for a problem of no one file (the line then starts `prosperity:`).
  package let location: SourceLocation?
  /// The quarter the problem belongs to; `nil` for the catalog.
  package let quarter: Quarter?
  /// The record as it stood in the file, when the problem made the tool set a row aside.
  package let rejectedRow: String?

  /// A diagnostic of `severity` saying `message`.
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
