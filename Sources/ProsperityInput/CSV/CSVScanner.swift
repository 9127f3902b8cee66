/// Where one field's text lies in the bytes, as found by `CSVScanner`.
package struct CSVFieldSpan {
  /// How the field was written.
  enum Form {
    /// Unquoted: the text is the bytes as they are, `"` included.
    case plain
    /// Quoted and closed properly; `hasEscapedQuotes` says whether `""` pairs need undoing.
    case quoted(hasEscapedQuotes: Bool)
    /// Quoted, then more text before the separator (`"abc"def`): the text is the unescaped
    /// quoted part followed by the raw bytes from the closing quote to `trailingEnd`.
    case quotedWithTrailingText(hasEscapedQuotes: Bool, trailingEnd: Int)
  }

  /// The field's first byte: its opening quote when quoted.
  var start: Int
  /// The bytes between the quotes (or the whole field when unquoted). For an unterminated
  /// quoted field this runs to the end of the input.
  var content: Range<Int>
  var form: Form
}

/// Something odd the scanner met, before it is turned into a positioned `CSVIssue`.
package struct CSVPendingIssue {
  var kind: CSVIssue.Kind
  var fieldIndex: Int
  /// The offset reported: the opening quote of an unterminated field, or the first byte after
  /// the closing quote for text after it.
  var offset: Int
}

/// The result of scanning one record.
package struct CSVScannedRecord {
  /// The record's bytes, without its terminator.
  var bytes: Range<Int>
  /// Where the next record (or empty line) starts.
  var next: Int
  /// Line breaks inside quoted fields, which move later records down the file.
  var innerLineBreaks: Int
  /// Whether a line break (rather than the end of the input) ended the record.
  var endsWithLineBreak: Bool
}

/// The RFC 4180 state machine, over bytes.
///
/// It finds byte ranges only; strings are made afterwards, once per field, so the hot loops
/// touch each byte once and allocate nothing.
package enum CSVScanner {
  /// Scans the record starting at `start`, which must not be at the end of the input or at a
  /// line break (the caller skips empty lines). `spans` and `issues` are appended to; the
  /// caller owns them so their storage can be reused from record to record.
  static func scanRecord(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, spans: inout [CSVFieldSpan],
    issues: inout [CSVPendingIssue]
  ) -> CSVScannedRecord {
    let count = bytes.count
    var position = start
    var lineBreaks = 0
    while true {
      let fieldStart = position
      var span: CSVFieldSpan
      if position < count && bytes[position] == ASCII.quote {
        span = scanQuoted(bytes, from: position, lineBreaks: &lineBreaks, end: &position)
        if position > count {
          // Unterminated: keep what was read, as the brief says; nothing can follow it.
          position = count
          issues.append(
            CSVPendingIssue(kind: .unterminatedQuote, fieldIndex: spans.count, offset: fieldStart))
        } else if position < count, !isDelimiter(bytes[position]) {
          let trailingStart = position
          position = scanPlain(bytes, from: position)
          if case .quoted(let escaped) = span.form {
            span.form = .quotedWithTrailingText(hasEscapedQuotes: escaped, trailingEnd: position)
          }
          issues.append(
            CSVPendingIssue(
              kind: .textAfterClosingQuote, fieldIndex: spans.count, offset: trailingStart))
        }
      } else {
        position = scanPlain(bytes, from: position)
        span = CSVFieldSpan(start: fieldStart, content: fieldStart..<position, form: .plain)
      }
      spans.append(span)
      guard position < count else {
        return CSVScannedRecord(
          bytes: start..<count, next: count, innerLineBreaks: lineBreaks,
          endsWithLineBreak: false)
      }
      let byte = bytes[position]
      if byte == ASCII.comma {
        position += 1
        continue
      }
      // A line break: LF, CRLF, or a lone CR (classic Mac Excel).
      var next = position + 1
      if byte == ASCII.carriageReturn, next < count, bytes[next] == ASCII.lineFeed {
        next += 1
      }
      return CSVScannedRecord(
        bytes: start..<position, next: next, innerLineBreaks: lineBreaks,
        endsWithLineBreak: true)
    }
  }

  @inline(__always)
  private static func isDelimiter(_ byte: UInt8) -> Bool {
    byte == ASCII.comma || byte == ASCII.lineFeed || byte == ASCII.carriageReturn
  }

  /// Returns the offset of the first separator or line break at or after `start`, or the end.
  @inline(__always)
  private static func scanPlain(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var position = start
    let count = bytes.count
    if let base = bytes.baseAddress {
      while position + 8 <= count {
        let word = ByteWord.load(base + position)
        let found =
          ByteWord.matches(word, ASCII.comma) | ByteWord.matches(word, ASCII.lineFeed)
          | ByteWord.matches(word, ASCII.carriageReturn)
        if found != 0 { return position + ByteWord.firstIndex(found) }
        position += 8
      }
    }
    while position < count {
      let byte = bytes[position]
      // Every delimiter is below 0x2D, so most bytes (letters, digits, UTF-8) leave at once.
      if byte <= ASCII.comma && isDelimiter(byte) { break }
      position += 1
    }
    return position
  }

  /// Scans a quoted field whose opening quote is at `start`. Sets `end` to the offset just
  /// after the closing quote, or to `bytes.count + 1` when the input ends inside the quotes.
  private static func scanQuoted(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, lineBreaks: inout Int, end: inout Int
  ) -> CSVFieldSpan {
    let count = bytes.count
    let contentStart = start + 1
    var position = contentStart
    var escaped = false
    while position < count {
      // Eight bytes at a time up to the next quote or line break (a comma is data here).
      if let base = bytes.baseAddress, position + 8 <= count {
        let word = ByteWord.load(base + position)
        let found =
          ByteWord.matches(word, ASCII.quote) | ByteWord.matches(word, ASCII.lineFeed)
          | ByteWord.matches(word, ASCII.carriageReturn)
        if found == 0 {
          position += 8
          continue
        }
        position += ByteWord.firstIndex(found)
      }
      let byte = bytes[position]
      if byte > ASCII.quote {
        position += 1
        continue
      }
      if byte == ASCII.quote {
        if position + 1 < count && bytes[position + 1] == ASCII.quote {
          escaped = true
          position += 2
          continue
        }
        end = position + 1
        return CSVFieldSpan(
          start: start, content: contentStart..<position, form: .quoted(hasEscapedQuotes: escaped))
      }
      if byte == ASCII.lineFeed {
        lineBreaks += 1
      } else if byte == ASCII.carriageReturn,
        position + 1 >= count || bytes[position + 1] != ASCII.lineFeed
      {
        lineBreaks += 1
      }
      position += 1
    }
    end = count + 1
    return CSVFieldSpan(
      start: start, content: contentStart..<count, form: .quoted(hasEscapedQuotes: escaped))
  }
}

/// Makes a field's `String` from its span: exactly one string per field, with the `""`
/// unescaping pass only for the quoted fields that need it.
package enum CSVFieldText {
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

/// Eight bytes looked at as one 64-bit word, to find a given byte among them without a branch
/// per byte (the "has zero byte" trick of Hacker's Delight, 6-1).
package enum ByteWord {
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highs: UInt64 = 0x8080_8080_8080_8080

  /// The eight bytes at `address`, the first in the lowest bits whatever the machine's order.
  @inline(__always)
  static func load(_ address: UnsafePointer<UInt8>) -> UInt64 {
    UInt64(littleEndian: UnsafeRawPointer(address).loadUnaligned(as: UInt64.self))
  }

  /// A word whose high bit is set in the byte lanes where `word` holds `byte`, and in no lane
  /// before the first of them (lanes after it may be set falsely, by a borrow), so the lowest
  /// set bit is exact; zero when `byte` is not there.
  @inline(__always)
  static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    let difference = word ^ (ones &* UInt64(byte))
    return (difference &- ones) & ~difference & highs
  }

  /// The lane (0–7) of the lowest set bit of a nonzero result of ``matches(_:_:)``, or of
  /// several of them combined with `|`.
  @inline(__always)
  static func firstIndex(_ found: UInt64) -> Int {
    found.trailingZeroBitCount >> 3
  }
}
