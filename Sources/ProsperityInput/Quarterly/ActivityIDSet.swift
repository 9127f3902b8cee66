/// The activity ids met so far in one file, to find one given twice.
///
/// Ids are compared as Swift compares strings, by canonical equivalence: `é` typed as one
/// character or as `e` and a combining accent is the same id, and so are `K` and the Kelvin sign
/// U+212A. While every id is ASCII, equal ids are equal bytes, and they are kept as bytes (a
/// ``ByteStringSet``: hashing a `String` per row was a tenth of reading a large file). The first id
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
