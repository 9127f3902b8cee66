/// Questions about a field's text answered from its UTF-8 bytes, so that the common cases need no
/// `String`. Each answer is either certain, and then the one the `String`-level rule gives, or
/// "cannot tell", and then the caller asks the `String`-level rule itself.
///
/// Two notions of white space meet in trimming: Unicode's White_Space property (what
/// ``TableRecord/isWhiteSpace(_:)`` answers) and Foundation's `whitespacesAndNewlines`. Every
/// character either counts as space is ASCII or starts with the byte C2, E1, E2 or E3 in UTF-8,
/// which is what lets a single byte settle most cases.
enum FieldBytes {
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
    guard let first = bytes.first, let last = bytes.last else { return true }
    guard leadsNonSpace(first) else { return false }
    if last < 0x80 { return leadsNonSpace(last) }
    // Back over the continuation bytes to the last character's lead byte. More than three means
    // malformed text, and the byte reached is then a continuation byte: "cannot tell".
    var index = bytes.count - 1
    while index > 0, index > bytes.count - 4, bytes[index] & 0xC0 == 0x80 {
      index -= 1
    }
    return leadsNonSpace(bytes[index])
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
    bytes.count == expected.count && bytes.elementsEqual(expected)
  }
}
