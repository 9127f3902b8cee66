/// The diagnostics gathered along the pipeline, in the order they were found.
package struct DiagnosticLog: Sendable {
  /// Every diagnostic so far, in the order found.
  package private(set) var entries: [Diagnostic] = []

  /// A log that starts with `entries`.
  package init(_ entries: [Diagnostic] = []) { self.entries = entries }

  /// Records an error: the run will exit 65.
  package mutating func error(
    _ message: LocalizedText, at location: SourceLocation? = nil, quarter: Quarter? = nil,
    rejectedRow: String? = nil
  ) {
    entries.append(
      Diagnostic(.error, message, at: location, quarter: quarter, rejectedRow: rejectedRow))
  }

  /// Records a warning.
  package mutating func warning(
    _ message: LocalizedText, at location: SourceLocation? = nil, quarter: Quarter? = nil,
    rejectedRow: String? = nil
  ) {
    entries.append(
      Diagnostic(.warning, message, at: location, quarter: quarter, rejectedRow: rejectedRow))
  }

  /// Records `diagnostic` as it is.
  package mutating func append(_ diagnostic: Diagnostic) { entries.append(diagnostic) }

  /// Records every diagnostic of `other` after this log's own, keeping their order.
  package mutating func append(contentsOf other: DiagnosticLog) { entries += other.entries }

  /// The errors in the log.
  package var errorCount: Int { entries.lazy.filter { $0.severity == .error }.count }
  /// The warnings in the log.
  package var warningCount: Int { entries.lazy.filter { $0.severity == .warning }.count }
  /// Whether any entry is an error, which makes the run exit 65.
  package var hasErrors: Bool { entries.contains { $0.severity == .error } }

  /// The diagnostics that concern `quarter`'s report: the catalog's and that quarter's own.
  package func relevant(to quarter: Quarter) -> [Diagnostic] {
    entries.filter { $0.quarter == nil || $0.quarter == quarter }
  }
}
