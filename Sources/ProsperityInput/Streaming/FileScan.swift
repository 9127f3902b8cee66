import ProsperityStore
import ProsperitySupport

/// The first pass over an input file, a chunk at a time: its SHA-256 and the encoding it is in,
/// so the second pass can decode and parse it a chunk at a time too and the file is never held
/// whole.
package struct FileScan {
  /// The bytes read per chunk; small enough that memory does not grow with the file, and that a
  /// chunk is still in the processor's cache when it is parsed (1 MiB chunks cost 7 % more).
  static let chunkSize = 1 << 16

  let identity: FileIdentity
  let sha256: String
  /// How the file decodes; `nil` when it does not decode cleanly, in which case the whole-file
  /// reader (``TextDecoding``) says exactly where and why.
  package let encoding: TextDecoding.Encoding?

  /// Scans `path`; `nil` when it cannot be opened or read. Throws only when libcrypto fails.
  package static func scan(_ path: String, chunkSize: Int = chunkSize) throws -> FileScan? {
    guard let file = FileChunks(path: path) else { return nil }
    var hasher = try SHA256()
    var buffer: [UInt8] = []
    buffer.reserveCapacity(chunkSize + 4)
    var isFirst = true
    var hasBOM = false
    var isUTF8 = true
    // Whether every byte is defined in windows-1255, checked as the bytes go by once UTF-8 failed
    // in the first chunk (as it does in a windows-1255 file with Hebrew near its start); `nil`
    // when it failed later, and the file is read again to tell.
    var isWindows1255: Bool?
    while true {
      let carried = buffer.count
      // The first chunk holds at least a byte order mark's worth, to recognize one.
      let wanted = isFirst ? max(chunkSize, TextDecoding.byteOrderMark.count) : chunkSize
      guard let read = file.read(appendingTo: &buffer, upTo: wanted) else { return nil }
      try hasher.update(buffer[carried...])
      if let defined = isWindows1255, defined {
        isWindows1255 = buffer.withUnsafeBufferPointer {
          Windows1255.definesEvery(UnsafeBufferPointer(rebasing: $0[carried...]))
        }
      }
      let isFirstChunk = isFirst
      var start = 0
      if isFirst {
        isFirst = false
        hasBOM = buffer.starts(with: TextDecoding.byteOrderMark)
        start = hasBOM ? TextDecoding.byteOrderMark.count : 0
      }
      let end = read == 0 ? buffer.count : completeSequences(buffer)
      if isUTF8 {
        isUTF8 = buffer.withUnsafeBufferPointer { bytes in
          UTF8Scan.firstProblem(in: UnsafeBufferPointer(rebasing: bytes[..<end]), from: start)
            == nil
        }
        // Every byte read so far is still in the buffer only after the first read.
        if !isUTF8 && isFirstChunk {
          isWindows1255 = buffer.withUnsafeBufferPointer(Windows1255.definesEvery)
        }
      }
      buffer.removeFirst(end)
      if read == 0 { break }
    }
    let encoding: TextDecoding.Encoding?
    if isUTF8 {
      encoding = hasBOM ? .utf8WithBOM : .utf8
    } else if !hasBOM, isWindows1255 ?? decodesAsWindows1255(path, chunkSize: chunkSize) {
      encoding = .windows1255
    } else {
      encoding = nil
    }
    return FileScan(identity: file.identity, sha256: try hasher.finalizeHex(), encoding: encoding)
  }

  /// Where the last UTF-8 sequence that may continue in the next chunk starts (the buffer's end
  /// when none is cut off), so a character split between chunks is checked whole.
  private static func completeSequences(_ bytes: [UInt8]) -> Int {
    let count = bytes.count
    guard count > 0 else { return 0 }
    for back in 1...min(3, count) {
      let byte = bytes[count - back]
      guard byte & 0xC0 == 0x80 else {
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        return length > back ? count - back : count
      }
    }
    return count
  }

  /// Whether every byte of the file is defined in windows-1255 (and none is NUL).
  private static func decodesAsWindows1255(_ path: String, chunkSize: Int) -> Bool {
    guard let file = FileChunks(path: path) else { return false }
    var buffer: [UInt8] = []
    while true {
      buffer.removeAll(keepingCapacity: true)
      guard let read = file.read(appendingTo: &buffer, upTo: chunkSize) else { return false }
      if read == 0 { return true }
      guard buffer.withUnsafeBufferPointer(Windows1255.definesEvery) else { return false }
    }
  }
}
