/// The diagnostics gathered along the pipeline, in the order they were found.
public struct DiagnosticLog: Sendable {
  public private(set) var entries: [Diagnostic] = []

  public init(_ entries: [Diagnostic] = []) { self.entries = entries }

  public mutating func error(
    _ message: LocalizedText, at location: SourceLocation? = nil, quarter: Quarter? = nil,
    rejectedRow: String? = nil
  ) {
    entries.append(
      Diagnostic(.error, message, at: location, quarter: quarter, rejectedRow: rejectedRow))
  }

  public mutating func warning(
    _ message: LocalizedText, at location: SourceLocation? = nil, quarter: Quarter? = nil,
    rejectedRow: String? = nil
  ) {
    entries.append(
      Diagnostic(.warning, message, at: location, quarter: quarter, rejectedRow: rejectedRow))
  }

  public mutating func append(_ diagnostic: Diagnostic) { entries.append(diagnostic) }

  public mutating func append(contentsOf other: DiagnosticLog) { entries += other.entries }

  public var errorCount: Int { entries.lazy.filter { $0.severity == .error }.count }
  public var warningCount: Int { entries.lazy.filter { $0.severity == .warning }.count }
  public var hasErrors: Bool { entries.contains { $0.severity == .error } }

  /// The diagnostics that concern `quarter`'s report: the catalog's and that quarter's own.
  public func relevant(to quarter: Quarter) -> [Diagnostic] {
    entries.filter { $0.quarter == nil || $0.quarter == quarter }
  }
}
