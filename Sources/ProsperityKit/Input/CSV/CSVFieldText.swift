/// Makes a field's `String` from its span: exactly one string per field, with the `""`
/// unescaping pass only for the quoted fields that need it.
enum CSVFieldText {
  static func make(_ span: CSVFieldSpan, in bytes: UnsafeBufferPointer<UInt8>) -> String {
    switch span.form {
    case .plain, .quoted(hasEscapedQuotes: false):
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[span.content]), as: UTF8.self)
    case .quoted(hasEscapedQuotes: true):
      return unescaped(span.content, trailing: nil, in: bytes)
    case .quotedWithTrailingText(let escaped, let trailingEnd):
      // The closing quote is kept, as ordinary text, with whatever follows it.
      let trailing = span.content.upperBound..<trailingEnd
      if escaped {
        return unescaped(span.content, trailing: trailing, in: bytes)
      }
      return String(
        decoding: UnsafeBufferPointer(rebasing: bytes[span.content.lowerBound..<trailingEnd]),
        as: UTF8.self)
    }
  }

  /// The quoted content with each `""` turned into `"`, followed by `trailing` copied as is.
  private static func unescaped(
    _ content: Range<Int>, trailing: Range<Int>?, in bytes: UnsafeBufferPointer<UInt8>
  ) -> String {
    let capacity = content.count + (trailing?.count ?? 0)
    return String(unsafeUninitializedCapacity: capacity) { buffer in
      var out = 0
      var index = content.lowerBound
      while index < content.upperBound {
        let byte = bytes[index]
        buffer[out] = byte
        out += 1
        // Inside quotes a quote only ever comes doubled, so skip its twin.
        index += byte == ASCII.quote ? 2 : 1
      }
      if let trailing {
        for index in trailing {
          buffer[out] = bytes[index]
          out += 1
        }
      }
      return out
    }
  }
}
