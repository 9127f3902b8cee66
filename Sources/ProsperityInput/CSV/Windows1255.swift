import ProsperityStore

/// The Hebrew Windows code page, which Excel uses for "CSV (Comma delimited)" on Israeli
/// Windows.
///
/// Foundation on Linux does not reliably offer this encoding, and a table lookup per byte is
/// both simpler and faster than going through a general converter.
package enum Windows1255 {
  /// Unicode scalars for bytes 0x80 through 0xFF from Microsoft's official mapping
  /// (unicode.org `CP1255.TXT`); 0 marks the bytes the code page leaves undefined: 0x81,
  /// 0x8A, 0x8C–0x90, 0x9A, 0x9C–0x9F, 0xCA, 0xD9–0xDF, 0xFB, 0xFC and 0xFF.
  static let highHalf: [UInt16] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0, 0x2039, 0, 0, 0, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0, 0x203A, 0, 0, 0, 0,
    0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x20AA, 0x00A5, 0x00A6, 0x00A7,
    0x00A8, 0x00A9, 0x00D7, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
    0x00B8, 0x00B9, 0x00F7, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,
    0x05B0, 0x05B1, 0x05B2, 0x05B3, 0x05B4, 0x05B5, 0x05B6, 0x05B7,
    0x05B8, 0x05B9, 0, 0x05BB, 0x05BC, 0x05BD, 0x05BE, 0x05BF,
    0x05C0, 0x05C1, 0x05C2, 0x05C3, 0x05F0, 0x05F1, 0x05F2, 0x05F3,
    0x05F4, 0, 0, 0, 0, 0, 0, 0,
    0x05D0, 0x05D1, 0x05D2, 0x05D3, 0x05D4, 0x05D5, 0x05D6, 0x05D7,
    0x05D8, 0x05D9, 0x05DA, 0x05DB, 0x05DC, 0x05DD, 0x05DE, 0x05DF,
    0x05E0, 0x05E1, 0x05E2, 0x05E3, 0x05E4, 0x05E5, 0x05E6, 0x05E7,
    0x05E8, 0x05E9, 0x05EA, 0, 0, 0x200E, 0x200F, 0,
  ]

  /// For every byte, the UTF-8 of its scalar in the low bytes (first byte lowest), its length in
  /// the top byte's low bits and ``defined`` set; 0 for NUL and the bytes left undefined. One
  /// table load and one four-byte store per byte, with no branch on what the byte is: a Hebrew
  /// CSV row mixes one-byte and two-byte characters too often for a branch to be guessed right.
  static let utf8OfByte: [UInt32] = (0..<256).map { byte in
    if byte < 0x80 { return byte == 0 ? 0 : UInt32(byte) | 1 << 24 | defined }
    let scalar = UInt32(highHalf[byte - 0x80])
    if scalar == 0 { return 0 }
    if scalar < 0x800 {
      return (0xC0 | scalar >> 6) | (0x80 | scalar & 0x3F) << 8 | 2 << 24 | defined
    }
    return (0xE0 | scalar >> 12) | (0x80 | (scalar >> 6) & 0x3F) << 8
      | (0x80 | scalar & 0x3F) << 16 | 3 << 24 | defined
  }

  /// The bit of a ``utf8OfByte`` entry that says the byte is defined: ANDed over every byte of a
  /// text, it says whether all of them are, without a branch per byte.
  static let defined: UInt32 = 1 << 31

  /// The UTF-8 length in a ``utf8OfByte`` entry.
  private static func length(_ entry: UInt32) -> Int { Int(entry >> 24 & 0x7F) }

  /// The outcome of transcoding: UTF-8 bytes, or the offset of the first byte that is NUL or
  /// undefined in the code page.
  enum Outcome {
    case success([UInt8])
    case failure(offset: Int)
  }

  /// The room transcoding `count` bytes needs: every scalar in the table is below U+10000, so no
  /// byte needs more than three UTF-8 bytes, and the last may store one byte past its own.
  private static func room(for count: Int) -> Int { count * 3 + 1 }

  /// Transcodes windows-1255 bytes to UTF-8.
  static func transcodeToUTF8(_ input: UnsafeBufferPointer<UInt8>) -> Outcome {
    var failedAt: Int?
    let output = [UInt8](unsafeUninitializedCapacity: room(for: input.count)) {
      buffer, written in
      (written, failedAt) = transcode(input, into: buffer)
    }
    if let failedAt { return .failure(offset: failedAt) }
    return .success(output)
  }

  /// Appends the UTF-8 of windows-1255 `input` to `output`; returns the offset of the first byte
  /// that is NUL or undefined in the code page (what came before it appended), or `nil` when
  /// every byte was.
  ///
  /// Streaming a file appends each chunk to the buffer it reuses: a new array per chunk (three
  /// times the chunk, past the allocator's threshold for mapping fresh pages) cost page faults.
  static func appendUTF8(of input: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) -> Int? {
    let start = output.count
    output.append(contentsOf: repeatElement(0, count: room(for: input.count)))
    let (written, failedAt) = output.withUnsafeMutableBufferPointer { buffer in
      transcode(input, into: UnsafeMutableBufferPointer(rebasing: buffer[start...]))
    }
    output.removeLast(output.count - start - written)
    return failedAt
  }

  /// Whether every byte of `bytes` is defined in the code page and none is NUL: whether the
  /// bytes transcode.
  static func definesEvery(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    utf8OfByte.withUnsafeBufferPointer { table in
      var all = defined
      for byte in bytes { all &= table[Int(byte)] }
      return all != 0
    }
  }

  /// Writes the UTF-8 of `input` into `output`, which has ``room(for:)`` its count, up to the
  /// first byte that is NUL or undefined.
  private static func transcode(
    _ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>
  ) -> (written: Int, failedAt: Int?) {
    guard let target = UnsafeMutableRawPointer(output.baseAddress) else { return (0, nil) }
    return utf8OfByte.withUnsafeBufferPointer { table in
      var out = 0
      var all = defined
      for byte in input {
        let entry = table[Int(byte)]
        target.storeBytes(of: entry.littleEndian, toByteOffset: out, as: UInt32.self)
        out &+= length(entry)
        all &= entry
      }
      guard all == 0 else { return (out, nil) }
      // Rare (a file that is not windows-1255 after all): where, and what came before it.
      let failedAt = input.firstIndex { table[Int($0)] == 0 }!
      let written = input[..<failedAt].reduce(0) { $0 + length(table[Int($1)]) }
      return (written, failedAt)
    }
  }
}
