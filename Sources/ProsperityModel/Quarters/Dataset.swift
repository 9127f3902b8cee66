/// Everything the inputs hold: the catalog and every quarter's engine files.
package struct Dataset: Sendable {
  package var catalog: Catalog
  package var quarters: [Quarter: [String: EngineQuarter]] = [:]
  package var files: [InputFile] = []

  package init(catalog: Catalog) { self.catalog = catalog }

  /// The quarters with a folder in the inputs, oldest first.
  package var reportedQuarters: [Quarter] { quarters.keys.sorted() }

  package func engineQuarter(_ engine: String, _ quarter: Quarter) -> EngineQuarter? {
    quarters[quarter]?[engine]
  }
}
