/// Where in the inputs a diagnostic points: a file, and where known the physical line and column.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
  public let file: String
  public let line: Int?
  public let column: Int?

  public init(file: String, line: Int? = nil, column: Int? = nil) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`, leaving out what is not known.
  public var description: String {
    switch (line, column) {
    case (let line?, let column?): return "\(file):\(line):\(column)"
    case (let line?, nil): return "\(file):\(line)"
    default: return file
    }
  }
}

/// A problem found in the inputs or while computing: a value, never a thrown error, so the run goes on
/// past a bad row and reports everything it found.
public struct Diagnostic: Hashable, Sendable, Codable {
  public enum Severity: String, Sendable, Codable, Comparable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
  }

  public let severity: Severity
  public let message: LocalizedText
  public let location: SourceLocation?
  /// The quarter the problem belongs to; `nil` for the catalog.
  public let quarter: Quarter?
  /// The record as it stood in the file, when the problem made the tool set a row aside.
  public let rejectedRow: String?

  public init(
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
  public func rendered(in language: Language) -> String {
    let prefix = location.map { "\($0): " } ?? "prosperity: "
    return "\(prefix)\(severity.rawValue): \(message(language))"
  }
}
