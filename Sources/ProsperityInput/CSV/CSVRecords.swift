/// The records of CSV text, read lazily one at a time (RFC 4180, comma-separated).
///
/// Rules, chosen for what Excel writes:
/// - Fields are separated by `,`; a field starting with `"` is quoted, `""` inside it is a
///   quote, and commas and line breaks inside it are data, kept exactly.
/// - A `"` inside an unquoted field is ordinary text (`סה"כ`, `37.8"N`).
/// - Records end at LF, CRLF or a lone CR; a last record without a line break is kept.
/// - Lines with no characters at all are skipped (their line numbers still count); a line
///   such as `,,` is a record of empty fields.
/// - A leading UTF-8 BOM is skipped, in case the bytes did not go through `TextDecoding`.
/// - Problems never stop reading: they are attached to the record as `CSVIssue`s.
///
/// The input must be UTF-8 (see `TextDecoding`); malformed bytes become U+FFFD in fields.
package struct CSVRecords: Sequence, Sendable {
  /// The UTF-8 bytes being read.
  package let utf8: [UInt8]

  /// Reads records from UTF-8 bytes.
  package init(utf8: [UInt8]) {
    self.utf8 = utf8
  }

  /// Reads records from a string.
  package init(_ text: String) {
    self.init(utf8: Array(text.utf8))
  }

  /// Starts reading from the first record.
  package func makeIterator() -> Iterator {
    Iterator(source: utf8)
  }

  /// Reads one record per call to `next()`.
  package struct Iterator: IteratorProtocol, Sendable {
    private let source: [UInt8]
    private var position: Int
    private var line = 1
    /// Reused from record to record: each record shares them, and once it is dropped the next
    /// scan writes over them in place, so reading allocates nothing once warmed up.
    private var spans: [CSVFieldSpan] = []
    private var pending: [CSVPendingIssue] = []

    init(source: [UInt8]) {
      self.source = source
      self.position = source.starts(with: TextDecoding.byteOrderMark) ? 3 : 0
    }

    /// The next record, or `nil` at the end of the input.
    package mutating func next() -> CSVRecord? {
      let source = self.source
      return source.withUnsafeBufferPointer { bytes in readRecord(bytes) }
    }

    private mutating func readRecord(_ bytes: UnsafeBufferPointer<UInt8>) -> CSVRecord? {
      skipEmptyLines(bytes)
      guard position < bytes.count else { return nil }
      spans.removeAll(keepingCapacity: true)
      pending.removeAll(keepingCapacity: true)
      let scanned = CSVScanner.scanRecord(
        bytes, from: position, spans: &spans, issues: &pending)
      var issues: [CSVIssue] = []
      if !pending.isEmpty {
        var locator = CSVRecordLocator(bytes: bytes, start: position, line: line)
        for issue in pending {
          issues.append(
            CSVIssue(
              kind: issue.kind, fieldIndex: issue.fieldIndex,
              position: locator.advance(to: issue.offset)))
        }
      }
      let record = CSVRecord(
        spans: spans, line: line, issues: issues, source: source, byteRange: scanned.bytes)
      line += scanned.innerLineBreaks + (scanned.endsWithLineBreak ? 1 : 0)
      position = scanned.next
      return record
    }

    /// Skips lines with no characters, counting them so later line numbers stay right.
    private mutating func skipEmptyLines(_ bytes: UnsafeBufferPointer<UInt8>) {
      while position < bytes.count {
        let byte = bytes[position]
        if byte == ASCII.lineFeed {
          position += 1
        } else if byte == ASCII.carriageReturn {
          position += 1
          if position < bytes.count && bytes[position] == ASCII.lineFeed { position += 1 }
        } else {
          return
        }
        line += 1
      }
    }
  }
}
