/// An input file that went into the reports, with its content hash so a number can be traced.
package struct InputFile: Hashable, Sendable, Codable {
  package let path: String
  /// The quarter whose folder holds the file; `nil` for the catalog.
  package let quarter: Quarter?
  package let sha256: String
  package let encoding: String

  package init(
    path: String, quarter: Quarter?, sha256: String, encoding: String
  ) {
    self.path = path
    self.quarter = quarter
    self.sha256 = sha256
    self.encoding = encoding
  }
}
