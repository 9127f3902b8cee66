import Glibc

/// A set of byte strings in one buffer, with open addressing and a seeded multiplicative hash:
/// a fraction of the cost of `Set<String>`, whose SipHash and normalization checks ASCII ids do
/// not need. A slot holds its element's number and half of its hash, so that a probe, in a file
/// of a hundred thousand ids, reads one place in memory rather than two (the slots, then the
/// element's hash) before it knows it need not compare bytes.
struct HashedByteStrings {
  /// Every element's bytes, one after another.
  private var bytes: [UInt8] = []
  /// Where each element ends in `bytes` (it starts where the one before ends).
  private var ends: [Int] = []
  /// Every element's hash, to place it again when the slots grow.
  private var hashes: [UInt64] = []
  /// The element's number plus one in the low 32 bits (0: an empty slot), the low 32 bits of its
  /// hash above them; a power of two long, at most half full. A slot is found from the hash's
  /// high bits, so the half kept tells apart elements the slot position cannot.
  private var slots = [UInt64](repeating: 0, count: 1024)
  /// 64 minus the base-2 logarithm of the number of slots: the hash's top bits give the slot.
  private var shift: UInt64 = 64 - 10
  /// Random per set, so that no file can be written to make every id collide.
  private let seed = UInt64.random(in: .min ... .max)

  /// The elements, in the order added, as strings.
  var elements: [String] {
    ends.indices.map { element in
      bytes.withUnsafeBufferPointer {
        String(decoding: UnsafeBufferPointer(rebasing: $0[range(of: element)]), as: UTF8.self)
      }
    }
  }

  /// Adds `key`; `false` when it was there already. (An element number takes 32 bits: a file
  /// would need four billion ids to run out.)
  mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let hash = Self.hash(key, seed: seed)
    let tag = hash << 32
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash >> shift)
    while true {
      let entry = slots[slot]
      if entry == 0 { break }
      if entry & 0xFFFF_FFFF_0000_0000 == tag,
        holds(Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1, key)
      {
        return false
      }
      slot = (slot + 1) & mask
    }
    slots[slot] = tag | UInt64(ends.count + 1)
    bytes.append(contentsOf: key)
    ends.append(bytes.count)
    hashes.append(hash)
    if ends.count * 2 > slots.count { grow() }
    return true
  }

  private func range(of element: Int) -> Range<Int> {
    (element == 0 ? 0 : ends[element - 1])..<ends[element]
  }

  /// Whether `element`'s bytes are `key`'s.
  private func holds(_ element: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let range = range(of: element)
    guard range.count == key.count else { return false }
    guard let keyBytes = key.baseAddress, !range.isEmpty else { return true }
    return bytes.withUnsafeBufferPointer {
      memcmp($0.baseAddress! + range.lowerBound, keyBytes, key.count) == 0
    }
  }

  private mutating func grow() {
    shift -= 1
    var table = [UInt64](repeating: 0, count: slots.count * 2)
    let mask = table.count - 1
    for (element, hash) in hashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash >> shift)
      while table[slot] != 0 { slot = (slot + 1) & mask }
      table[slot] = hash << 32 | UInt64(element + 1)
    }
    slots = table
  }

  /// Eight bytes at a time, each word mixed in by a multiply and a shift (as in splitmix64).
  private static func hash(_ key: UnsafeBufferPointer<UInt8>, seed: UInt64) -> UInt64 {
    var hash = seed ^ (UInt64(key.count) &* 0x9E37_79B9_7F4A_7C15)
    if let base = key.baseAddress {
      let raw = UnsafeRawPointer(base)
      var index = 0
      while index < key.count {
        var word: UInt64 = 0
        if key.count - index >= 8 {
          word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        } else {
          for offset in 0..<(key.count - index) {
            word |= UInt64(base[index + offset]) << (8 * offset)
          }
        }
        hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 31
        index += 8
      }
    }
    hash = (hash ^ (hash >> 30)) &* 0x94D0_49BB_1331_11EB
    return hash ^ (hash >> 31)
  }
}
