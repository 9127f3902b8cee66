import ProsperityModel

extension Manifest {
  /// What the last full check of the inputs found, and in exactly which bytes: the diagnostics are
  /// a function of the inputs alone, so while every input hashes the same, a run with nothing to
  /// rebuild can say them again and exit as that run did, without reading a quarter.
  package struct Check: Codable, Sendable, Equatable {
    var tool: String
    /// The inputs folder as given: the diagnostics name their files by it.
    var inputsFolder: String
    /// Input path relative to the inputs folder → SHA-256 of its bytes, every file of the
    /// fingerprint (not one quarter's share of it, as a ``Build`` records).
    var inputs: [String: String]
    /// The quarters the check found reported, in order.
    package var quarters: [Quarter]
    /// Everything the check reported, in the order it was reported.
    package var diagnostics: [Diagnostic]

    /// A check by `tool` of the inputs at `inputsFolder` as `fingerprint` hashed them.
    package init(
      tool: String, inputsFolder: String, fingerprint: InputFingerprint, quarters: [Quarter],
      diagnostics: [Diagnostic]
    ) {
      self.tool = tool
      self.inputsFolder = inputsFolder
      self.inputs = fingerprint.files
      self.quarters = quarters
      self.diagnostics = diagnostics
    }

    /// Whether this check was of the very bytes `fingerprint` hashed, read from `inputsFolder` by
    /// `tool`.
    package func covers(_ fingerprint: InputFingerprint, inputsFolder: String, tool: String) -> Bool
    {
      self.tool == tool && self.inputsFolder == inputsFolder && inputs == fingerprint.files
    }

    /// Whether the check found data errors (the run exits 65).
    package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
  }
}
