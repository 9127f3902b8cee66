/// The diagnostics gathered along the pipeline, in the order they were found.
package struct DiagnosticLog: Sendable {
  package private(set) var entries: [Diagnostic] = []

  package init(_ entries: [Diagnostic] = []) { self.entries = entries }

  package mutating func error(
    _ message: LocalizedText, at location: SourceLocation? = nil, quarter: Quarter? = nil,
    rejectedRow: String? = nil
  ) {
    entries.append(
      Diagnostic(.error, message, at: location, quarter: quarter, rejectedRow: rejectedRow))
  }

  package mutating func warning(
    _ message: LocalizedText, at location: SourceLocation? = nil, quarter: Quarter? = nil,
    rejectedRow: String? = nil
  ) {
    entries.append(
      Diagnostic(.warning, message, at: location, quarter: quarter, rejectedRow: rejectedRow))
  }

  package mutating func append(_ diagnostic: Diagnostic) { entries.append(diagnostic) }

  package mutating func append(contentsOf other: DiagnosticLog) { entries += other.entries }

  package var errorCount: Int { entries.lazy.filter { $0.severity == .error }.count }
  package var warningCount: Int { entries.lazy.filter { $0.severity == .warning }.count }
  package var hasErrors: Bool { entries.contains { $0.severity == .error } }

  /// The diagnostics that concern `quarter`'s report: the catalog's and that quarter's own.
  package func relevant(to quarter: Quarter) -> [Diagnostic] {
    entries.filter { $0.quarter == nil || $0.quarter == quarter }
  }
}
