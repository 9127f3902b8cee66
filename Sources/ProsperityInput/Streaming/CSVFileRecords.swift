import ProsperityStore

/// The records of a CSV file read a chunk at a time: the same records, lines and issues as
/// ``CSVRecords`` gives for the whole file, while only the current chunk is held.
///
/// A record that runs past the end of the chunk is read again once the next chunk is in, so
/// the scanner itself never sees a partial record.
package struct CSVFileRecords: IteratorProtocol {
  private let file: FileChunks
  private let encoding: TextDecoding.Encoding
  private let chunkSize: Int
  /// Decoded UTF-8: what is left of the previous chunk, then the next one.
  private var buffer: [UInt8] = []
  private var position = 0
  /// Decoded bytes dropped from the front of the buffer so far: an issue's offset counts from
  /// the start of the decoded file, as when the file is read whole.
  private var dropped = 0
  private var line = 1
  private var atEnd = false
  private var isFirstChunk = true
  private var raw: [UInt8] = []
  private var spans: [CSVFieldSpan] = []
  private var pending: [CSVPendingIssue] = []
  /// Set when reading the file failed part way.
  private(set) var failed = false

  /// Opens `path`, already scanned and found to be in `encoding`.
  package init?(
    path: String, encoding: TextDecoding.Encoding, chunkSize: Int = FileScan.chunkSize
  ) {
    guard let file = FileChunks(path: path) else { return nil }
    self.file = file
    self.encoding = encoding
    self.chunkSize = chunkSize
  }

  /// The file as it was when opened.
  var identity: FileIdentity { file.identity }

  /// The next record of the file, or `nil` at its end.
  package mutating func next() -> CSVRecord? {
    while true {
      if !atEnd && buffer.count - position < 2 { refill() }
      skipEmptyLines()
      if position >= buffer.count {
        if atEnd { return nil }
        refill()
        continue
      }
      spans.removeAll(keepingCapacity: true)
      pending.removeAll(keepingCapacity: true)
      let start = position
      let scanned = buffer.withUnsafeBufferPointer { bytes in
        CSVScanner.scanRecord(bytes, from: start, spans: &spans, issues: &pending)
      }
      // Reaching the end of the buffer proves nothing until the file has ended: the record
      // (or its CRLF) may go on in the next chunk.
      if scanned.next >= buffer.count && !atEnd {
        refill()
        continue
      }
      return record(scanned, from: start)
    }
  }

  private mutating func record(_ scanned: CSVScannedRecord, from start: Int) -> CSVRecord {
    let line = self.line
    var issues: [CSVIssue] = []
    if !pending.isEmpty {
      let dropped = self.dropped
      buffer.withUnsafeBufferPointer { bytes in
        var locator = CSVRecordLocator(bytes: bytes, start: start, line: line)
        for issue in pending {
          var position = locator.advance(to: issue.offset)
          position.byteOffset += dropped
          issues.append(
            CSVIssue(kind: issue.kind, fieldIndex: issue.fieldIndex, position: position))
        }
      }
    }
    self.line += scanned.innerLineBreaks + (scanned.endsWithLineBreak ? 1 : 0)
    position = scanned.next
    // The record shares the buffer and the spans; a reader that lets go of each record before
    // asking for the next leaves both unshared, to be reused in place.
    return CSVRecord(
      spans: spans, line: line, issues: issues, source: buffer, byteRange: scanned.bytes)
  }

  /// Skips lines with no characters, counting them so later line numbers stay right. A CR at
  /// the end of the buffer waits for the next chunk, which may start with its LF.
  private mutating func skipEmptyLines() {
    while position < buffer.count {
      let byte = buffer[position]
      if byte == ASCII.lineFeed {
        position += 1
      } else if byte == ASCII.carriageReturn {
        if position + 1 == buffer.count && !atEnd {
          refill()
          continue
        }
        position += 1
        if position < buffer.count && buffer[position] == ASCII.lineFeed { position += 1 }
      } else {
        return
      }
      line += 1
    }
  }

  /// Drops what has been read and appends the next chunk, decoded.
  private mutating func refill() {
    buffer.removeFirst(position)
    dropped += position
    position = 0
    let read: Int?
    // The first chunk holds at least a byte order mark's worth, to remove one.
    // At least as much as is already waiting: a record longer than a chunk (a quote never
    // closed runs to the end of the file) is scanned again after each refill, and doubling what
    // is read keeps that linear in its length rather than quadratic.
    let chunkSize = max(
      isFirstChunk ? max(self.chunkSize, TextDecoding.byteOrderMark.count) : self.chunkSize,
      buffer.count)
    switch encoding {
    case .utf8, .utf8WithBOM:
      read = file.read(appendingTo: &buffer, upTo: chunkSize)
      if isFirstChunk, encoding == .utf8WithBOM, buffer.starts(with: TextDecoding.byteOrderMark) {
        buffer.removeFirst(TextDecoding.byteOrderMark.count)
      }
    case .windows1255:
      raw.removeAll(keepingCapacity: true)
      read = file.read(appendingTo: &raw, upTo: chunkSize)
      // Decoded by the table into the buffer itself, as the bytes stream by. A chunk that does
      // not decode (the file changed since it was scanned) adds nothing.
      let decoded = buffer.count
      if raw.withUnsafeBufferPointer({ Windows1255.appendUTF8(of: $0, to: &buffer) }) != nil {
        buffer.removeLast(buffer.count - decoded)
        failed = true
      }
    }
    isFirstChunk = false
    guard let read else {
      failed = true
      atEnd = true
      return
    }
    if read == 0 { atEnd = true }
  }
}
