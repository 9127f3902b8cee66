/// Reading a row's fields from their bytes: the activity file's values come this way, a row at a
/// time, without a `String` per field. Whatever the bytes cannot settle goes to the
/// `String`-level reading (``TableRecord/subscript(at:)`` and the parsers behind it), so the
/// result is always the one that reading gives.
extension TableRecord {
  /// Calls `body` with the bytes of the field at `index` when they are exactly its trimmed text
  /// (``subscript(at:)``): in one piece in the file, with nothing to trim. Returns `nil`, without
  /// calling `body`, when that cannot be told from the bytes. No field, or none at `index`, is
  /// the empty text.
  @inline(__always)
  func withTrimmedBytes<Result>(
    at index: Int?, _ body: (UnsafeBufferPointer<UInt8>) -> Result?
  ) -> Result? {
    guard let index else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
    let result = record.withContiguousText(ofField: index) { bytes -> Result? in
      FieldBytes.isTrimmed(bytes) ? body(bytes) : nil
    }
    return result ?? nil
  }

  /// Whether the field at `index` is certainly empty once trimmed (`false`: not, or cannot tell).
  func isEmpty(at index: Int?) -> Bool {
    withTrimmedBytes(at: index) { $0.isEmpty ? true : nil } ?? false
  }

  /// The number in the field at `index`, as ``NumberParser/parse(_:)`` reads its trimmed text.
  func number(at index: Int?) -> ParsedNumber {
    if let value = withTrimmedBytes(at: index, NumberParser.plainValue) { return .value(value) }
    return NumberParser.parse(self[at: index])
  }

  /// The date in the field at `index` when its bytes are one, as ``CalendarDate/init(parsing:)``
  /// reads its trimmed text; `nil` when they are not one or cannot be told apart from the text.
  func date(at index: Int?) -> CalendarDate? {
    withTrimmedBytes(at: index, CalendarDate.init(utf8:))
  }

  /// The status the field at `index` spells exactly, as ``ActivityStatus/init(parsing:)`` finds
  /// it without folding case or trimming; `nil` when it spells none of the words exactly.
  func exactStatus(at index: Int?) -> ActivityStatus? {
    withTrimmedBytes(at: index, ActivityStatus.init(exactUTF8:))
  }
}
