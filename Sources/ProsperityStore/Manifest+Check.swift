import ProsperityModel
import ProsperitySupport

extension Manifest {
  /// What the last full check of the inputs found, and in exactly which bytes: the diagnostics are
  /// a function of the inputs alone, so while every input hashes the same, a run with nothing to
  /// rebuild can say them again and exit as that run did, without reading a quarter.
  package struct Check: Codable, Sendable, Equatable {
    /// A check that found more problems than this is not recorded: every run would decode them
    /// all from the manifest (a stray export's rejected rows), and the next run checks in full.
    package static let diagnosticsLimit = 1_000

    var tool: String
    /// The executable's ``ToolVersion/build``.
    var build: String
    /// The inputs folder as given: the diagnostics name their files by it.
    var inputsFolder: String
    /// Input path relative to the inputs folder → SHA-256 of its bytes, every file of the
    /// fingerprint (not one quarter's share of it, as a ``Build`` records).
    var inputs: [String: String]
    /// The inputs folder's entries and those of its folders (``InputFingerprint/layout``): an
    /// empty or misnamed folder is reported too, and has no bytes to hash.
    var layout: [String]
    /// The quarters the check found reported, in order.
    package var quarters: [Quarter]
    /// Everything the check reported, in the order it was reported.
    package var diagnostics: [Diagnostic]

    /// A check by this build of version `tool` of the inputs at `inputsFolder` as `fingerprint`
    /// saw them; `nil` when it found more than ``diagnosticsLimit`` problems.
    package init?(
      tool: String, inputsFolder: String, fingerprint: InputFingerprint, quarters: [Quarter],
      diagnostics: [Diagnostic]
    ) {
      guard diagnostics.count <= Self.diagnosticsLimit else { return nil }
      self.tool = tool
      self.build = ToolVersion.build
      self.inputsFolder = inputsFolder
      self.inputs = fingerprint.files
      self.layout = fingerprint.layout
      self.quarters = quarters
      self.diagnostics = diagnostics
    }

    /// Whether this check was of the very bytes and folders `fingerprint` saw, read from
    /// `inputsFolder` by this build of version `tool`.
    package func covers(_ fingerprint: InputFingerprint, inputsFolder: String, tool: String) -> Bool
    {
      self.tool == tool && build == ToolVersion.build && self.inputsFolder == inputsFolder
        && inputs == fingerprint.files && layout == fingerprint.layout
    }

    /// Whether the check found data errors (the run exits 65).
    package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
  }
}
