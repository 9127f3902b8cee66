/// Everything the inputs hold: the catalog and every quarter's engine files.
package struct Dataset: Sendable {
  /// What the catalog files define.
  package var catalog: Catalog
  /// Every quarter's files, by quarter, then by engine id; an engine that handed in nothing that
  /// quarter has no entry.
  package var quarters: [Quarter: [String: EngineQuarter]] = [:]
  /// Every file read, the catalog's and the quarters', with its hash: the definitions sheet lists
  /// the ones a report used.
  package var files: [InputFile] = []

  /// The inputs of `catalog`, before any quarter is read.
  package init(catalog: Catalog) { self.catalog = catalog }

  /// The quarters with a folder in the inputs, oldest first.
  package var reportedQuarters: [Quarter] { quarters.keys.sorted() }

  /// What `engine` handed in for `quarter`, or `nil` when it handed in nothing.
  package func engineQuarter(_ engine: String, _ quarter: Quarter) -> EngineQuarter? {
    quarters[quarter]?[engine]
  }
}
