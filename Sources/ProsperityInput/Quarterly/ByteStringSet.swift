import Glibc

/// A set of byte strings that costs least when they come in order, as a spreadsheet's activity
/// ids do (`TOU-001`, `TOU-002`…, or `AGR-9` then `AGR-10`): a key greater than every one before
/// it, shorter keys first and then byte by byte, is new without a look anywhere but at the last
/// one, and is only appended. Any other key is looked for among those (by halves: they are in
/// order) and among the other keys, hashed. In a file of a hundred thousand ids, a hashed insert
/// waits on memory at a random place; an appended one does not.
package struct ByteStringSet {
  /// The keys each greater than every key added before it, in the order added (so, in order).
  private var ordered = ByteStringList()
  /// The other keys.
  private var others = HashedByteStrings()

  /// The elements, as strings.
  var elements: [String] { ordered.strings + others.elements }

  /// Adds `key`; `false` when it was there already.
  mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
    if ordered.isEmpty || ordered.compareLast(with: key) < 0 {
      ordered.append(key)
      return true
    }
    if ordered.contains(key) { return false }
    return others.insert(key)
  }
}

/// Byte strings one after another in one buffer, compared shorter first, then byte by byte.
struct ByteStringList {
  private var bytes: [UInt8] = []
  /// Where each string ends in `bytes` (it starts where the one before ends).
  private var ends: [Int] = []

  var isEmpty: Bool { ends.isEmpty }

  var strings: [String] {
    ends.indices.map { index in
      bytes.withUnsafeBufferPointer {
        String(decoding: UnsafeBufferPointer(rebasing: $0[range(of: index)]), as: UTF8.self)
      }
    }
  }

  mutating func append(_ key: UnsafeBufferPointer<UInt8>) {
    bytes.append(contentsOf: key)
    ends.append(bytes.count)
  }

  /// Negative, zero or positive as the last string is less than, equal to or greater than `key`.
  func compareLast(with key: UnsafeBufferPointer<UInt8>) -> Int {
    compare(ends.count - 1, key)
  }

  /// Whether the list holds `key`, provided its strings are in increasing order.
  func contains(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
    var low = 0
    var high = ends.count
    while low < high {
      let middle = (low + high) / 2
      let order = compare(middle, key)
      if order == 0 { return true }
      if order < 0 { low = middle + 1 } else { high = middle }
    }
    return false
  }

  private func range(of index: Int) -> Range<Int> {
    (index == 0 ? 0 : ends[index - 1])..<ends[index]
  }

  private func compare(_ index: Int, _ key: UnsafeBufferPointer<UInt8>) -> Int {
    let range = range(of: index)
    if range.count != key.count { return range.count < key.count ? -1 : 1 }
    guard let keyBytes = key.baseAddress, !range.isEmpty else { return 0 }
    return bytes.withUnsafeBufferPointer {
      Int(memcmp($0.baseAddress! + range.lowerBound, keyBytes, key.count))
    }
  }
}
