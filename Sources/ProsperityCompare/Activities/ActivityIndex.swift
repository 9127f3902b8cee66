import ProsperityModel

/// The earlier quarter of one engine as a comparison needs it while the later quarter goes by:
/// each distinct activity id with its snapshot, and whether a later row has matched it: about 45
/// bytes an id, 6 MB for an engine's 150,000 activities, titles left out.
///
/// Ids match exactly as Swift `String`s do (canonical equivalence): entries are keyed by the id's
/// hash, which Swift computes on the normalized form, and a hash that matches is confirmed by
/// comparing the ids themselves. The caller hashes (on the thread that reads the file), with
/// ``Hashing``; every hash given for one index must come from the same function.
struct ActivityIndex {
  /// How an id is hashed: `hashValue`, or in tests a function that makes ids collide.
  typealias Hashing = @Sendable (String) -> Int

  static let standardHashing: Hashing = { $0.hashValue }

  /// One distinct id: 24 bytes, its text kept in ``arena``.
  private struct Entry {
    /// The low 24 bits of the id's hash, then a byte: the status's ordinal + 1 (0: unreadable)
    /// in its low bits and the flags below. Hashes are only a first test, so 24 bits will do.
    var key: UInt32
    /// Where the id's UTF-8 bytes start in ``arena``; they end where the next entry's start.
    let idStart: UInt32
    let budgetSpent: Double
    let participants: Double

    static let statusMask: UInt32 = 0b0000_0111
    static let hasBudgetSpent: UInt32 = 0b0000_1000
    static let hasParticipants: UInt32 = 0b0001_0000
    static let seen: UInt32 = 0b0010_0000

    /// The part of a hash an entry keeps.
    static func hashBits(_ hash: Int) -> UInt32 { UInt32(truncatingIfNeeded: hash) << 8 }
    var hashBits: UInt32 { key & ~0xFF }
  }

  /// The ids' bytes, one after another in the order they were first met.
  private var arena: [UInt8] = []
  /// In the order first met, so an entry's number is its place among the distinct ids.
  private var entries: [Entry] = []
  /// Open addressing with linear probing: an entry's number + 1, or 0 for an empty slot. A power
  /// of two in size, kept at most three quarters full so probes stay short.
  private var slots: [UInt32]
  /// Entries no later row has matched yet.
  private(set) var unseenCount = 0

  /// An empty index sized for `capacity` ids.
  init(capacity: Int) {
    entries.reserveCapacity(capacity)
    slots = [UInt32](repeating: 0, count: Self.slotCount(for: capacity))
  }

  /// The number of distinct ids.
  var count: Int { entries.count }

  /// Adds `id`, whose hash is `hash`, unless an equal id is already in: the first occurrence
  /// wins.
  mutating func insert(_ id: String, hash: Int, snapshot: ActivitySnapshot) {
    if (entries.count + 1) * 4 > slots.count * 3 { grow() }
    var slot = Self.slot(hash, of: slots.count)
    while slots[slot] != 0 {
      if matches(Int(slots[slot] - 1), id, hash: hash) { return }
      slot = (slot + 1) & (slots.count - 1)
    }
    // Input files are refused past 256 MB, so one engine's ids never reach 4 GB.
    let start = UInt32(arena.count)
    arena.append(contentsOf: id.utf8)
    var key = Entry.hashBits(hash) | UInt32(snapshot.status.map { $0.ordinal + 1 } ?? 0)
    if snapshot.budgetSpent != nil { key |= Entry.hasBudgetSpent }
    if snapshot.participants != nil { key |= Entry.hasParticipants }
    entries.append(
      Entry(
        key: key, idStart: start, budgetSpent: snapshot.budgetSpent ?? 0,
        participants: snapshot.participants ?? 0))
    slots[slot] = UInt32(entries.count)
    unseenCount += 1
  }

  /// The number of the entry whose id equals `id`, if any.
  func find(_ id: String, hash: Int) -> Int? {
    var slot = Self.slot(hash, of: slots.count)
    while slots[slot] != 0 {
      let entry = Int(slots[slot] - 1)
      if matches(entry, id, hash: hash) { return entry }
      slot = (slot + 1) & (slots.count - 1)
    }
    return nil
  }

  func snapshot(_ entry: Int) -> ActivitySnapshot {
    let stored = entries[entry]
    let status = Int(stored.key & Entry.statusMask)
    return ActivitySnapshot(
      status: status == 0 ? nil : ActivityStatus.allCases[status - 1],
      budgetSpent: stored.key & Entry.hasBudgetSpent != 0 ? stored.budgetSpent : nil,
      participants: stored.key & Entry.hasParticipants != 0 ? stored.participants : nil)
  }

  func isSeen(_ entry: Int) -> Bool { entries[entry].key & Entry.seen != 0 }

  mutating func markSeen(_ entry: Int) {
    guard !isSeen(entry) else { return }
    entries[entry].key |= Entry.seen
    unseenCount -= 1
  }

  /// Whether entry `entry` holds `id`: the same bytes are the same id; other bytes with the same
  /// hash may still be the same `String` (é precomposed or decomposed), which `==` decides.
  private func matches(_ entry: Int, _ id: String, hash: Int) -> Bool {
    guard entries[entry].hashBits == Entry.hashBits(hash) else { return false }
    let start = Int(entries[entry].idStart)
    let end = entry + 1 < entries.count ? Int(entries[entry + 1].idStart) : arena.count
    let stored = arena[start..<end]
    if stored.elementsEqual(id.utf8) { return true }
    return String(decoding: stored, as: UTF8.self) == id
  }

  /// Doubles the table, placing every entry again.
  private mutating func grow() {
    slots = [UInt32](repeating: 0, count: max(slots.count * 2, Self.slotCount(for: count + 1)))
    for (number, entry) in entries.enumerated() {
      var slot = Self.slot(Int(entry.hashBits >> 8), of: slots.count)
      while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
      slots[slot] = UInt32(number + 1)
    }
  }

  /// Where a hash's probing starts: from the 24 bits an entry keeps, so the table can grow
  /// without the ids' full hashes.
  private static func slot(_ hash: Int, of count: Int) -> Int {
    Int(UInt32(truncatingIfNeeded: hash) & 0xFF_FFFF) & (count - 1)
  }

  /// The smallest power of two that holds `capacity` ids at most three quarters full.
  private static func slotCount(for capacity: Int) -> Int {
    var count = 16
    while count * 3 < capacity * 4 { count *= 2 }
    return count
  }
}
