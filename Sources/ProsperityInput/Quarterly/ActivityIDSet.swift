/// The activity ids met so far in one file, to find one given twice.
///
/// Ids are compared as Swift compares strings, by canonical equivalence: `é` typed as one
/// character or as `e` and a combining accent is the same id, and so are `K` and the Kelvin sign
/// U+212A. While every id is ASCII, equal ids are equal bytes, and they are kept as bytes with a
/// cheap hash (hashing a `String` per row was a tenth of reading a large file). The first id
/// beyond ASCII turns every id kept so far into a `String`, and from then on all are compared as
/// strings.
package struct ActivityIDSet {
  private var ascii = ByteStringSet()
  private var strings: Set<String>?

  /// Adds an id spelled in ASCII bytes; `false` when it was there already.
  mutating func insert(asciiUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if strings != nil { return insert(String(decoding: bytes, as: UTF8.self)) }
    return ascii.insert(bytes)
  }

  /// Adds `id`; `false` when it (or an id equal to it as a string) was there already.
  mutating func insert(_ id: String) -> Bool {
    if strings == nil {
      var id = id
      if let inserted = id.withUTF8({ FieldBytes.isASCII($0) ? ascii.insert($0) : nil }) {
        return inserted
      }
      strings = Set(ascii.elements)
      ascii = ByteStringSet()
    }
    return strings!.insert(id).inserted
  }
}

/// A set of byte strings in one buffer, with open addressing and a seeded multiplicative hash:
/// a fraction of the cost of `Set<String>`, whose SipHash and normalization checks ASCII ids do
/// not need.
package struct ByteStringSet {
  /// Every element's bytes, one after another.
  private var bytes: [UInt8] = []
  /// Where each element ends in `bytes` (it starts where the one before ends).
  private var ends: [Int] = []
  private var hashes: [UInt64] = []
  /// Element numbers, or -1 for an empty slot; a power of two long, at most half full.
  private var slots = [Int32](repeating: -1, count: 1024)
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

  /// Adds `key`; `false` when it was there already.
  mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let hash = Self.hash(key, seed: seed)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] >= 0 {
      let element = Int(slots[slot])
      if hashes[element] == hash, bytes[range(of: element)].elementsEqual(key) { return false }
      slot = (slot + 1) & mask
    }
    slots[slot] = Int32(ends.count)
    bytes.append(contentsOf: key)
    ends.append(bytes.count)
    hashes.append(hash)
    if ends.count * 2 > slots.count { grow() }
    return true
  }

  private func range(of element: Int) -> Range<Int> {
    (element == 0 ? 0 : ends[element - 1])..<ends[element]
  }

  private mutating func grow() {
    slots = [Int32](repeating: -1, count: slots.count * 2)
    let mask = slots.count - 1
    for (element, hash) in hashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(element)
    }
  }

  /// Eight bytes at a time, each word mixed in by a multiply and a shift (as in splitmix64).
  private static func hash(_ key: UnsafeBufferPointer<UInt8>, seed: UInt64) -> UInt64 {
    var hash = seed ^ (UInt64(key.count) &* 0x9E37_79B9_7F4A_7C15)
    var index = 0
    while index < key.count {
      var word: UInt64 = 0
      for offset in 0..<min(8, key.count - index) {
        word |= UInt64(key[index + offset]) << (8 * offset)
      }
      hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
      hash ^= hash >> 31
      index += 8
    }
    hash = (hash ^ (hash >> 30)) &* 0x94D0_49BB_1331_11EB
    return hash ^ (hash >> 31)
  }
}
