/// A place in a text file, in the terms an editor shows and `file:line:column:` diagnostics use.
///
/// - `line` is the 1-based physical line. LF, CRLF and a lone CR each end a line, including
///   line breaks inside quoted CSV fields, so the numbers match what an editor shows.
/// - `column` is 1-based and counts Unicode scalars (not bytes, not grapheme clusters) from
///   the start of that physical line. Hebrew letters count one each; a letter carrying niqqud
///   counts its marks too, which is what most editors and compilers report.
/// - `byteOffset` is the 0-based offset of the first byte of the place in the bytes that
///   were read.
package struct TextPosition: Hashable, Sendable, CustomStringConvertible {
  /// The 1-based physical line.
  package var line: Int
  /// The 1-based column, in Unicode scalars from the start of the line.
  package var column: Int
  /// The 0-based byte offset.
  package var byteOffset: Int

  /// Creates a position from its parts.
  package init(line: Int, column: Int, byteOffset: Int) {
    self.line = line
    self.column = column
    self.byteOffset = byteOffset
  }

  /// `line:column`, ready to follow `file:` in a diagnostic.
  package var description: String { "\(line):\(column)" }
}

/// Finds line and column of a byte offset by walking the bytes before it.
///
/// Positions are only needed when something is reported, so they are computed on demand
/// instead of being tracked for every byte while reading.
package enum TextPositionLocator {
  /// How bytes map to scalars when counting columns.
  enum Unit {
    /// UTF-8: every byte that is not a continuation byte (`10xxxxxx`) starts a scalar.
    case utf8
    /// A single-byte code page such as windows-1255: every byte is one scalar.
    case singleByte
  }

  /// The position of `offset`, walking from `start`, which must be the start of a line
  /// numbered `startLine`.
  static func locate(
    offset: Int, in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0, startLine: Int = 1,
    unit: Unit = .utf8
  ) -> TextPosition {
    let end = min(offset, bytes.count)
    var line = startLine
    var column = 1
    var index = start
    while index < end {
      let byte = bytes[index]
      if byte == ASCII.lineFeed {
        line += 1
        column = 1
      } else if byte == ASCII.carriageReturn {
        // CRLF is one line break: the LF that follows ends it.
        if index + 1 < bytes.count, bytes[index + 1] == ASCII.lineFeed {
          index += 1
          if index >= end { break }
        }
        line += 1
        column = 1
      } else if unit == .singleByte || byte & 0xC0 != 0x80 {
        column += 1
      }
      index += 1
    }
    return TextPosition(line: line, column: column, byteOffset: offset)
  }

  /// Convenience for arrays.
  static func locate(
    offset: Int, in bytes: [UInt8], from start: Int = 0, startLine: Int = 1, unit: Unit = .utf8
  ) -> TextPosition {
    bytes.withUnsafeBufferPointer {
      locate(offset: offset, in: $0, from: start, startLine: startLine, unit: unit)
    }
  }
}

/// The ASCII bytes the reader and decoder care about.
package enum ASCII {
  static let lineFeed: UInt8 = 0x0A
  static let carriageReturn: UInt8 = 0x0D
  static let quote: UInt8 = 0x22
  static let comma: UInt8 = 0x2C
  static let nul: UInt8 = 0x00
}
