/// SHA-256 over bytes that arrive in pieces, so a file can be hashed while it is read in chunks
/// instead of held whole.
struct SHA256Stream {
  private var hash: [UInt32] = [
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab,
    0x5be0_cd19,
  ]
  /// Bytes of an unfinished block, waiting for the rest of it.
  private var pending: [UInt8] = []
  private var length: UInt64 = 0
  private var schedule = [UInt32](repeating: 0, count: 64)

  mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
    length &+= UInt64(bytes.count)
    var start = 0
    if !pending.isEmpty {
      let needed = min(64 - pending.count, bytes.count)
      pending += bytes[0..<needed]
      start = needed
      guard pending.count == 64 else { return }
      let block = pending
      block.withUnsafeBufferPointer { compress($0) }
      pending.removeAll(keepingCapacity: true)
    }
    let whole = start + (bytes.count - start) / 64 * 64
    for offset in stride(from: start, to: whole, by: 64) {
      compress(UnsafeBufferPointer(rebasing: bytes[offset..<offset + 64]))
    }
    pending += bytes[whole...]
  }

  /// The digest as lower-case hex; the stream is finished after this.
  mutating func finalizeHex() -> String {
    let bitLength = length &* 8
    var tail = pending
    tail.append(0x80)
    while tail.count % 64 != 56 { tail.append(0) }
    for shift in stride(from: 56, through: 0, by: -8) {
      tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
    }
    tail.withUnsafeBufferPointer { input in
      for offset in stride(from: 0, to: input.count, by: 64) {
        compress(UnsafeBufferPointer(rebasing: input[offset..<offset + 64]))
      }
    }
    pending = []
    return hash.map { word in
      let text = String(word, radix: 16)
      return String(repeating: "0", count: 8 - text.count) + text
    }.joined()
  }

  private mutating func compress(_ block: UnsafeBufferPointer<UInt8>) {
    schedule.withUnsafeMutableBufferPointer { words in
      SHA256.compress(block, &hash, words)
    }
  }
}
