extension CSVRecord {
  /// Calls `body` with the bytes of the text of field `index` when the text lies in one piece in
  /// the bytes read (unquoted, or quoted without `""` and without text after the closing quote),
  /// and returns what it returns; `nil`, without calling it, otherwise. Past the last field the
  /// text is empty, and so are the bytes.
  @inline(__always)
  func withContiguousText<Result>(
    ofField index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result? {
    guard spans.indices.contains(index) else {
      return body(UnsafeBufferPointer(start: nil, count: 0))
    }
    let span = spans[index]
    switch span.form {
    case .plain, .quoted(hasEscapedQuotes: false):
      return source.withUnsafeBufferPointer {
        body(UnsafeBufferPointer(rebasing: $0[span.content]))
      }
    case .quoted(hasEscapedQuotes: true), .quotedWithTrailingText:
      return nil
    }
  }

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
