/// An input file that went into the reports, with its content hash so a number can be traced.
package struct InputFile: Hashable, Sendable, Codable {
  /// As diagnostics name it, under the operator's `--inputs`.
  package let path: String
  /// The quarter whose folder holds the file; `nil` for the catalog.
  package let quarter: Quarter?
  /// The SHA-256 of the file's bytes, 64 lowercase hexadecimal digits.
  package let sha256: String
  /// The encoding the file was read in: `utf8WithBOM`, `utf8` or `windows1255`.
  package let encoding: String

  /// A file read from `path`.
  package init(
    path: String, quarter: Quarter?, sha256: String, encoding: String
  ) {
    self.path = path
    self.quarter = quarter
    self.sha256 = sha256
    self.encoding = encoding
  }
}
