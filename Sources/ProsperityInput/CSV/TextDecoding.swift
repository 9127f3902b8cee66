/// Turns the raw bytes of a CSV file into UTF-8, detecting how the file was saved.
///
/// Excel on Israeli Windows saves "CSV UTF-8" with a byte order mark and plain "CSV" in
/// windows-1255; files edited elsewhere are often UTF-8 without a mark. Detection order:
/// 1. A UTF-8 BOM (`EF BB BF`) means UTF-8; the mark is removed.
/// 2. Otherwise bytes that are well-formed UTF-8 are UTF-8.
/// 3. Otherwise the bytes are read as windows-1255.
///
/// A NUL byte anywhere, a malformed sequence after a BOM, or a byte undefined in windows-1255
/// makes the input undecodable; the failure says where, instead of guessing on.
package enum TextDecoding {
  /// The encoding the bytes were found to be in.
  package enum Encoding: String, Hashable, Sendable {
    /// UTF-8 that started with a byte order mark (Excel's "CSV UTF-8").
    case utf8WithBOM
    /// UTF-8 without a byte order mark.
    case utf8
    /// The Hebrew Windows code page (Excel's plain "CSV" on Israeli Windows).
    case windows1255
  }

  /// Successfully decoded text.
  package struct Decoded: Hashable, Sendable {
    /// The text as UTF-8, without a byte order mark.
    package var utf8: [UInt8]
    /// How the input was encoded.
    package var encoding: Encoding
    /// How many input bytes precede `utf8[0]`: 3 after a BOM, else 0. Adding it to an offset
    /// in `utf8` gives the input offset only for UTF-8 input; windows-1255 changes lengths.
    package var skippedPrefixLength: Int
  }

  /// Why bytes could not be decoded, and where the first offending byte is.
  package struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong with the offending byte.
    package enum Reason: Hashable, Sendable {
      /// A NUL byte: the file is binary, not text.
      case nulByte
      /// A malformed UTF-8 sequence in a file whose byte order mark declares UTF-8.
      case invalidUTF8AfterBOM
      /// A malformed UTF-8 sequence after text that is UTF-8 (Hebrew letters in two-byte
      /// sequences), in a file that is not windows-1255 either: a stray byte, reported where it is.
      case invalidUTF8
      /// Neither well-formed UTF-8 nor windows-1255: this byte is undefined in windows-1255.
      case undefinedInWindows1255
      /// UTF-16 (Excel's "Unicode Text"), with or without its byte order mark: reported as a
      /// whole, at the file's start, since the byte that fails first says nothing of the cause.
      case utf16
    }

    /// What is wrong.
    package var reason: Reason
    /// The value of the offending byte.
    package var byte: UInt8
    /// Where the offending byte is. `byteOffset` counts from the start of the input,
    /// including any BOM; `line` and `column` are as an editor would show them (the column
    /// counts scalars decoded so far on that line and ignores a leading BOM).
    package var position: TextPosition

    /// A one-line message without the file name, e.g. for `file:line:column: error: ...`.
    package var description: String {
      let hex = "0x" + String(byte, radix: 16, uppercase: true)
      switch reason {
      case .nulByte:
        return "NUL byte (\(hex)): this is a binary file, not a CSV text file"
      case .invalidUTF8AfterBOM:
        return "byte \(hex) is not valid UTF-8, although the file starts with a UTF-8 BOM"
      case .invalidUTF8:
        return "byte \(hex) is not valid UTF-8, although the text before it is"
      case .undefinedInWindows1255:
        return "byte \(hex) is neither valid UTF-8 nor defined in windows-1255 (Hebrew)"
      case .utf16:
        return "the file is UTF-16, not UTF-8 or windows-1255"
      }
    }
  }

  /// The UTF-8 byte order mark.
  static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// Decodes `bytes`, reporting undecodable input as a value rather than throwing.
  package static func decode(_ bytes: [UInt8]) -> Result<Decoded, Failure> {
    bytes.withUnsafeBufferPointer { buffer in
      if isUTF16(buffer) {
        return .failure(failure(.utf16, at: 0, in: buffer, from: 0, unit: .singleByte))
      }
      if bytes.starts(with: byteOrderMark) {
        return decodeAfterBOM(bytes, buffer)
      }
      guard let (offset, problem) = UTF8Scan.firstProblem(in: buffer) else {
        return .success(Decoded(utf8: bytes, encoding: .utf8, skippedPrefixLength: 0))
      }
      if problem == .nul {
        return .failure(failure(.nulByte, at: offset, in: buffer, from: 0, unit: .utf8))
      }
      switch Windows1255.transcodeToUTF8(buffer) {
      case .success(let utf8):
        return .success(Decoded(utf8: utf8, encoding: .windows1255, skippedPrefixLength: 0))
      case .failure(let undefined):
        // Text that is UTF-8 before the bad byte is UTF-8 with a stray byte, and the byte to
        // show is that one: the first byte windows-1255 lacks may be anywhere after it.
        if buffer[..<offset].contains(where: { $0 >= 0x80 }) {
          return .failure(failure(.invalidUTF8, at: offset, in: buffer, from: 0, unit: .utf8))
        }
        let reason: Failure.Reason =
          buffer[undefined] == ASCII.nul ? .nulByte : .undefinedInWindows1255
        return .failure(failure(reason, at: undefined, in: buffer, from: 0, unit: .singleByte))
      }
    }
  }

  /// Whether `bytes` are UTF-16: they start with its byte order mark (`FF FE` or `FE FF`, which
  /// no UTF-8 or windows-1255 text starts with), or, without one, their pairs of bytes are mostly
  /// the ASCII of a CSV file (letters, digits, commas, line ends) beside a NUL, always on the
  /// same side. Binary files (an .xlsx saved under a .csv name) have NULs beside other bytes,
  /// on both sides, and are left to the NUL byte's own message.
  static func isUTF16(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if bytes.count >= 2,
      (bytes[0], bytes[1]) == (0xFF, 0xFE) || (bytes[0], bytes[1]) == (0xFE, 0xFF)
    {
      return true
    }
    let isText = { (byte: UInt8) in
      (0x20...0x7E).contains(byte) || [0x09, 0x0A, 0x0D].contains(byte)
    }
    var (little, big, other) = (0, 0, 0)
    let pairs = min(bytes.count, 4096) / 2
    for pair in 0..<pairs {
      let (first, second) = (bytes[2 * pair], bytes[2 * pair + 1])
      if first == ASCII.nul && second == ASCII.nul { return false }
      if second == ASCII.nul && isText(first) {
        little += 1
      } else if first == ASCII.nul && isText(second) {
        big += 1
      } else if first == ASCII.nul || second == ASCII.nul {
        other += 1
      }
    }
    let most = max(little, big)
    return most >= 8 && most * 5 >= pairs && (min(little, big) + other) * 20 <= most
  }

  private static func decodeAfterBOM(
    _ bytes: [UInt8], _ buffer: UnsafeBufferPointer<UInt8>
  ) -> Result<Decoded, Failure> {
    let start = byteOrderMark.count
    if let (offset, problem) = UTF8Scan.firstProblem(in: buffer, from: start) {
      let reason: Failure.Reason = problem == .nul ? .nulByte : .invalidUTF8AfterBOM
      return .failure(failure(reason, at: offset, in: buffer, from: start, unit: .utf8))
    }
    return .success(
      Decoded(utf8: Array(bytes[start...]), encoding: .utf8WithBOM, skippedPrefixLength: start))
  }

  private static func failure(
    _ reason: Failure.Reason, at offset: Int, in buffer: UnsafeBufferPointer<UInt8>,
    from start: Int,
    unit: TextPositionLocator.Unit
  ) -> Failure {
    var position = TextPositionLocator.locate(offset: offset, in: buffer, from: start, unit: unit)
    position.byteOffset = offset
    return Failure(reason: reason, byte: buffer[offset], position: position)
  }
}
