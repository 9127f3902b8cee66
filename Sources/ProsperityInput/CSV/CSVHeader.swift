/// The first record of a CSV file, used to find fields by column name.
///
/// Names are matched after normalizing: surrounding spaces, tabs, no-break spaces and stray
/// byte order marks (U+FEFF) are trimmed, and the rest is lower-cased, so ` Amount`,
/// `AMOUNT` and `\u{FEFF}amount` all match `amount`. Hebrew has no case and is matched as is.
package struct CSVHeader: Sendable {
  /// The header record itself, for positions and raw text in messages.
  package let record: CSVRecord
  /// The normalized names, in column order.
  package let names: [String]
  /// The first column of each normalized name.
  private let firstIndex: [String: Int]

  /// Uses `record` as the header.
  package init(_ record: CSVRecord) {
    self.record = record
    names = record.fields.map(CSVHeader.normalize)
    var firstIndex: [String: Int] = [:]
    for (index, name) in names.enumerated() where firstIndex[name] == nil {
      firstIndex[name] = index
    }
    self.firstIndex = firstIndex
  }

  /// The form names are matched in: trimmed of spaces, tabs, no-break spaces and U+FEFF,
  /// then lower-cased.
  package static func normalize(_ name: String) -> String {
    let trimmable: Set<Unicode.Scalar> = [" ", "\t", "\u{00A0}", "\u{FEFF}"]
    let scalars = name.unicodeScalars
    guard let first = scalars.firstIndex(where: { !trimmable.contains($0) }),
      let last = scalars.lastIndex(where: { !trimmable.contains($0) })
    else { return "" }
    return String(scalars[first...last]).lowercased()
  }

  /// The 0-based column of `name` (normalized before matching), or `nil` when there is none.
  /// With duplicates, the first column wins; see `duplicates`.
  package func index(of name: String) -> Int? {
    firstIndex[CSVHeader.normalize(name)]
  }

  /// The value of column `name` in `record`: `nil` when the header has no such column, `""`
  /// when the record ends before that column.
  package func value(_ name: String, in record: CSVRecord) -> String? {
    index(of: name).map(record.field(at:))
  }

  /// Normalized names that occur more than once, each with all of its 0-based columns, in
  /// order of first appearance; empty when names are unique. Empty names count too.
  package var duplicates: [(name: String, indices: [Int])] {
    var indicesByName: [String: [Int]] = [:]
    for (index, name) in names.enumerated() {
      indicesByName[name, default: []].append(index)
    }
    return names.enumerated().compactMap { index, name in
      guard let indices = indicesByName[name], indices.count > 1, indices[0] == index else {
        return nil
      }
      return (name, indices)
    }
  }
}

/// A whole CSV text read at once: the header, the data rows, and every issue.
package struct CSVTable: Sendable {
  /// The first record, or `nil` when the text has no records.
  package let header: CSVHeader?
  /// The records after the header.
  package let rows: [CSVRecord]

  /// Reads all records of UTF-8 `utf8` (see `CSVRecords` for the rules).
  package init(utf8: [UInt8]) {
    var iterator = CSVRecords(utf8: utf8).makeIterator()
    header = iterator.next().map(CSVHeader.init)
    var rows: [CSVRecord] = []
    while let row = iterator.next() {
      rows.append(row)
    }
    self.rows = rows
  }

  /// Every issue in the header and the rows, in file order.
  package var issues: [CSVIssue] {
    (header?.record.issues ?? []) + rows.flatMap(\.issues)
  }
}
