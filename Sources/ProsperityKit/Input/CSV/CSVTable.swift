/// A whole CSV text read at once: the header, the data rows, and every issue.
public struct CSVTable: Sendable {
  /// The first record, or `nil` when the text has no records.
  public let header: CSVHeader?
  /// The records after the header.
  public let rows: [CSVRecord]

  /// Reads all records of UTF-8 `utf8` (see `CSVRecords` for the rules).
  public init(utf8: [UInt8]) {
    var iterator = CSVRecords(utf8: utf8).makeIterator()
    header = iterator.next().map(CSVHeader.init)
    var rows: [CSVRecord] = []
    while let row = iterator.next() {
      rows.append(row)
    }
    self.rows = rows
  }

  /// Every issue in the header and the rows, in file order.
  public var issues: [CSVIssue] {
    (header?.record.issues ?? []) + rows.flatMap(\.issues)
  }
}
