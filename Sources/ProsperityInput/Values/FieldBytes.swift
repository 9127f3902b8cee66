import ProsperityModel

/// Questions about a field's text answered from its UTF-8 bytes, so that the common cases need no
/// `String`. Each answer is either certain, and then the one the `String`-level rule gives, or
/// "cannot tell", and then the caller asks the `String`-level rule itself.
///
/// Two notions of white space meet in trimming: Unicode's White_Space property (what
/// ``TableRecord/isWhiteSpace(_:)`` answers) and Foundation's `whitespacesAndNewlines`. Every
/// character either counts as space is ASCII or starts with the byte C2, E1, E2 or E3 in UTF-8,
/// which is what lets a single byte settle most cases.
package enum FieldBytes {
  /// Whether the character that `byte` starts is certainly not white space in either sense:
  /// printable ASCII, or a lead byte of characters that are never space. A malformed byte that
  /// is not a continuation byte becomes U+FFFD, which is not space either.
  @inline(__always)
  static func leadsNonSpace(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x21...0x7E, 0xC3...0xE0, 0xE4...0xFF: true
    default: false
    }
  }

  /// Whether the character starting at `index` of `bytes` is certainly not white space: its
  /// lead byte says so, or it is one of U+2080…U+2FFF (`₪` among them), where no character is
  /// space in either sense: E2 followed by 82 to BF. (Spaces with the lead byte E2 lie in
  /// U+2000…U+205F, E2 80 and E2 81.) Malformed bytes there become U+FFFD, not space either.
  @inline(__always)
  static func startsNonSpace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    let byte = bytes[index]
    if leadsNonSpace(byte) { return true }
    return byte == 0xE2 && index + 1 < bytes.count && (0x82...0xBF).contains(bytes[index + 1])
  }

  /// Whether `bytes` hold a character that is certainly not white space, so that no trimming
  /// can leave them empty. Only lead bytes are looked at: a continuation byte belongs to the
  /// character before it, which may be a space such as U+00A0 (C2 A0).
  static func hasNonSpace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.contains(where: leadsNonSpace)
  }

  /// Whether trimming white space leaves `bytes` as they are: they are empty, or their first
  /// and last characters are certainly not white space. `false` means "cannot tell".
  @inline(__always)
  static func isTrimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let last = bytes.last else { return true }
    guard startsNonSpace(bytes, at: 0) else { return false }
    if last < 0x80 { return leadsNonSpace(last) }
    // Back over the continuation bytes to the last character's lead byte. More than three means
    // malformed text, and the byte reached is then a continuation byte: "cannot tell".
    var index = bytes.count - 1
    while index > 0, index > bytes.count - 4, bytes[index] & 0xC0 == 0x80 {
      index -= 1
    }
    return startsNonSpace(bytes, at: index)
  }

  /// Whether ``TableRecord/trimmed(_:)`` certainly returns `text` as it is.
  @inline(__always)
  static func hasNothingToTrim(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable(isTrimmed) ?? false
  }

  /// Whether every byte is ASCII, where `String` equality is byte equality.
  @inline(__always)
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    !bytes.contains { $0 >= 0x80 }
  }

  /// Whether `bytes` are exactly `expected`.
  @inline(__always)
  static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ expected: [UInt8]) -> Bool {
    guard bytes.count == expected.count else { return false }
    return expected.withUnsafeBufferPointer { expected in
      for index in 0..<expected.count where expected[index] != bytes[index] { return false }
      return true
    }
  }
}

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
}

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

  /// The number in the field at `index`, as ``NumberParser/parse(_:)`` reads its trimmed text.
  func number(at index: Int?) -> ParsedNumber { writtenNumber(at: index).number }

  /// The number in the field at `index` and how it was written, as ``NumberParser/read(_:)``
  /// reads its trimmed text.
  func writtenNumber(at index: Int?) -> (number: ParsedNumber, form: ValueForm) {
    writtenNumberFromBytes(at: index) ?? NumberParser.read(self[at: index])
  }

  /// ``writtenNumber(at:)`` when the field's bytes settle it (see
  /// ``NumberParser/read(utf8:)``); `nil` when they cannot, and the `String` rules must read
  /// its text.
  func writtenNumberFromBytes(at index: Int?) -> (number: ParsedNumber, form: ValueForm)? {
    withTrimmedBytes(at: index, NumberParser.read(utf8:))
  }

  /// The date in the field at `index`, as ``CalendarDate/init(parsing:)`` reads its trimmed
  /// text, when its bytes settle it: they are that text, and the rule reads them as they are.
  func date(at index: Int?) -> SettledField<CalendarDate>? {
    withTrimmedBytes(at: index) { bytes in
      if bytes.isEmpty { return .empty }
      return CalendarDate(utf8: bytes).map { .value($0) } ?? .invalid
    }
  }

  /// The status in the field at `index`, as ``ActivityStatus/init(parsing:)`` reads its trimmed
  /// text, when its bytes settle it: one of the words exactly, or ASCII (whose case folding is
  /// ASCII's); `nil` for other text beyond ASCII, which the `String` rules read.
  func status(at index: Int?) -> SettledField<ActivityStatus>? {
    withTrimmedBytes(at: index) { bytes in
      if bytes.isEmpty { return .empty }
      if let status = ActivityStatus(exactUTF8: bytes) { return .value(status) }
      guard FieldBytes.isASCII(bytes) else { return nil }
      return ActivityStatus(foldingASCII: bytes).map { .value($0) } ?? .invalid
    }
  }
}
