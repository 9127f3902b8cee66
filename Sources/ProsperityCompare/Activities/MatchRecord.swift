import ProsperityModel

/// How a matched activity is laid out in a ``MatchSpool``: its length, the engine's number, the
/// id and title (each its length, then its UTF-8 bytes), then each quarter's snapshot (a byte of
/// flags, then the numbers it has). Numbers are in the machine's own byte order: the file never
/// leaves the process that wrote it.
enum MatchRecord {
  private static let present: UInt8 = 1
  private static let hasBudgetSpent: UInt8 = 1 << 1
  private static let hasParticipants: UInt8 = 1 << 2
  /// The status's ordinal + 1 (0: unreadable), from bit 3.
  private static let statusShift: UInt8 = 3

  static func encode(_ match: ActivityComparison, engine: Int, into bytes: inout [UInt8]) {
    let start = bytes.count
    append(UInt32(0), to: &bytes)
    append(UInt32(engine), to: &bytes)
    for text in [match.id, match.title] {
      append(UInt32(text.utf8.count), to: &bytes)
      bytes.append(contentsOf: text.utf8)
    }
    for snapshot in [match.earlier, match.later] {
      guard let snapshot else {
        bytes.append(0)
        continue
      }
      var flags = present | UInt8(snapshot.status.map { $0.ordinal + 1 } ?? 0) << statusShift
      if snapshot.budgetSpent != nil { flags |= hasBudgetSpent }
      if snapshot.participants != nil { flags |= hasParticipants }
      bytes.append(flags)
      if let spent = snapshot.budgetSpent { append(spent.bitPattern, to: &bytes) }
      if let participants = snapshot.participants { append(participants.bitPattern, to: &bytes) }
    }
    let length = UInt32(bytes.count - start - 4)
    withUnsafeBytes(of: length) { bytes.replaceSubrange(start..<start + 4, with: $0) }
  }

  private static func append<Value: FixedWidthInteger>(_ value: Value, to bytes: inout [UInt8]) {
    withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) }
  }

  /// Reads records back from chunks of the file.
  struct Reader {
    private var bytes: [UInt8] = []
    private var position = 0
    private static let chunk = 1 << 20

    /// Whether every byte read has been decoded.
    var isEmpty: Bool { position == bytes.count }

    /// Drops what was decoded and reads more with `read`, which fills the space it is given and
    /// returns how much it filled.
    mutating func refill(_ read: (UnsafeMutableRawBufferPointer) throws -> Int) rethrows {
      bytes.removeSubrange(0..<position)
      position = 0
      // Room for at least the record begun, however long.
      let wanted = max(Self.chunk, recordLength.map { $0 + 4 } ?? 0)
      let kept = bytes.count
      bytes.append(contentsOf: repeatElement(0, count: wanted))
      let filled = try bytes.withUnsafeMutableBytes { space in
        try read(UnsafeMutableRawBufferPointer(rebasing: space[kept...]))
      }
      bytes.removeLast(wanted - filled)
    }

    /// The next whole record, its engine named from `engines` by number, or `nil` when more must
    /// be read first.
    mutating func next(engines: [String]) -> ActivityComparison? {
      guard let length = recordLength, position + 4 + length <= bytes.count else { return nil }
      var at = position + 4
      position += 4 + length
      let engine = Int(load(UInt32.self, &at))
      let id = text(&at)
      let title = text(&at)
      let earlier = snapshot(&at)
      let later = snapshot(&at)
      return ActivityComparison(
        engine: engines[engine], id: id, title: title, earlier: earlier, later: later)
    }

    private var recordLength: Int? {
      guard position + 4 <= bytes.count else { return nil }
      var at = position
      return Int(load(UInt32.self, &at))
    }

    private func load<Value: FixedWidthInteger>(_ type: Value.Type, _ at: inout Int) -> Value {
      let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: at, as: Value.self) }
      at += MemoryLayout<Value>.size
      return value
    }

    private func text(_ at: inout Int) -> String {
      let length = Int(load(UInt32.self, &at))
      defer { at += length }
      return String(decoding: bytes[at..<at + length], as: UTF8.self)
    }

    private func snapshot(_ at: inout Int) -> ActivitySnapshot? {
      let flags = bytes[at]
      at += 1
      guard flags & present != 0 else { return nil }
      let status = Int(flags >> statusShift)
      let spent = flags & hasBudgetSpent != 0 ? Double(bitPattern: load(UInt64.self, &at)) : nil
      let participants =
        flags & hasParticipants != 0 ? Double(bitPattern: load(UInt64.self, &at)) : nil
      return ActivitySnapshot(
        status: status == 0 ? nil : ActivityStatus.allCases[status - 1], budgetSpent: spent,
        participants: participants)
    }
  }
}
