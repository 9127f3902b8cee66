/// One CSV record (row) as read from the file.
///
/// Positions follow `TextPosition`: physical 1-based lines (line breaks inside quoted fields
/// count) and 1-based columns counted in Unicode scalars from the start of the physical line.
/// They are worked out from the bytes only when asked for, which keeps reading fast.
///
/// A record keeps where its fields lie in the bytes, not their text: a field becomes a `String`
/// only when asked for, so rows whose texts are never used cost no strings at all.
package struct CSVRecord: Sendable {
  /// The physical line the record starts on (the header is line 1 unless blank lines
  /// precede it).
  package let line: Int
  /// Problems met while reading this record, in the order met.
  package let issues: [CSVIssue]
  /// The bytes the record was read from, shared with every other record from them.
  let source: [UInt8]
  /// The record's bytes in `source`, without its line break.
  let byteRange: Range<Int>
  /// Where each field lies in `source`.
  let spans: [CSVFieldSpan]

  init(
    spans: [CSVFieldSpan], line: Int, issues: [CSVIssue], source: [UInt8], byteRange: Range<Int>
  ) {
    self.spans = spans
    self.line = line
    self.issues = issues
    self.source = source
    self.byteRange = byteRange
  }

  /// The field texts: unquoted, with `""` turned into `"`, line breaks inside quotes kept
  /// exactly (`\r\n` stays `\r\n`). Made anew on every call: use ``field(at:)`` for one.
  package var fields: [String] {
    source.withUnsafeBufferPointer { bytes in
      spans.map { CSVFieldText.make($0, in: bytes) }
    }
  }

  /// How many fields the record has.
  package var fieldCount: Int { spans.count }

  /// The 0-based offset of the record's first byte in the bytes it was read from.
  package var byteOffset: Int { byteRange.lowerBound }

  /// The record exactly as written in the file, quotes and inner line breaks included,
  /// without the line break that ends it: for showing a rejected row as it was.
  package var rawText: String {
    source.withUnsafeBufferPointer {
      String(decoding: UnsafeBufferPointer(rebasing: $0[byteRange]), as: UTF8.self)
    }
  }

  /// The field at `index`, or `""` when the record is shorter (Excel drops trailing empty
  /// cells from some rows).
  package func field(at index: Int) -> String {
    guard spans.indices.contains(index) else { return "" }
    return source.withUnsafeBufferPointer { CSVFieldText.make(spans[index], in: $0) }
  }

  /// Where each field starts: its first character, or its opening quote when quoted. The
  /// line is the physical line of that character.
  package var fieldPositions: [TextPosition] {
    source.withUnsafeBufferPointer { bytes in
      var positions: [TextPosition] = []
      positions.reserveCapacity(spans.count)
      var locator = CSVRecordLocator(bytes: bytes, start: byteRange.lowerBound, line: line)
      for span in spans {
        positions.append(locator.advance(to: span.start))
      }
      return positions
    }
  }

  /// Where the field at `index` starts (see `fieldPositions`), or `nil` past the last field.
  package func position(ofField index: Int) -> TextPosition? {
    guard spans.indices.contains(index) else { return nil }
    return source.withUnsafeBufferPointer { bytes in
      var locator = CSVRecordLocator(bytes: bytes, start: byteRange.lowerBound, line: line)
      return locator.advance(to: spans[index].start)
    }
  }
}

extension CSVRecord {
  /// The first field whose text is longer than `limit` bytes of UTF-8, or `nil`.
  func firstField(longerThan limit: Int) -> Int? {
    for (index, span) in spans.enumerated() {
      // Only a field read from more than a third of `limit` bytes is made into a string to be
      // measured: undoing `""` only shortens a text, and repairing malformed UTF-8 turns a byte
      // into at most three (U+FFFD).
      guard span.sourceLength > limit / 3 else { continue }
      if field(at: index).utf8.count > limit { return index }
    }
    return nil
  }
}

extension CSVFieldSpan {
  /// How many bytes the field's text is made from: its content, and for `"abc"def` the closing
  /// quote and what follows it.
  var sourceLength: Int {
    switch form {
    case .plain, .quoted: content.count
    case .quotedWithTrailingText(_, let trailingEnd): trailingEnd - content.lowerBound
    }
  }
}

/// Walks forward through a record to successive offsets, so locating all fields costs one
/// pass over the record rather than one per field.
package struct CSVRecordLocator {
  let bytes: UnsafeBufferPointer<UInt8>
  private var current: TextPosition

  init(bytes: UnsafeBufferPointer<UInt8>, start: Int, line: Int) {
    self.bytes = bytes
    self.current = TextPosition(line: line, column: 1, byteOffset: start)
  }

  /// The position of `offset`, which must not be before the previous one.
  mutating func advance(to offset: Int) -> TextPosition {
    var step = TextPositionLocator.locate(
      offset: offset, in: bytes, from: current.byteOffset, startLine: current.line)
    if step.line == current.line {
      // Still on the same line: continue the column count instead of restarting it.
      step.column += current.column - 1
    }
    current = step
    return step
  }
}
