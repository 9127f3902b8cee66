internal import CCrypto

/// SHA-256 (FIPS 180-4), naming each input file by its content in the manifest, the record files
/// and the workbook's definitions sheet. Fed any number of times, so a file read in chunks is
/// hashed as it streams by.
///
/// The work is OpenSSL's libcrypto (its EVP digest API): the audited implementation, and on a CPU
/// with the SHA extensions about six times faster than portable Swift.
///
/// A value: a copy carries on from the same state independently of the original, and `finalize()`
/// leaves the value as it was, so more bytes can follow.
package struct SHA256: Sendable {
  /// The number of bytes in a digest.
  static let byteCount = 32

  private var context: DigestContext

  /// A hash of no bytes yet.
  package init() throws {
    context = try DigestContext()
  }

  /// Appends `bytes` to the message.
  mutating func update(_ bytes: UnsafeRawBufferPointer) throws {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    // Copy-on-write: a shared state is duplicated before it changes, so copies stay independent.
    if !isKnownUniquelyReferenced(&context) { context = try context.copy() }
    try DigestContext.check(
      EVP_DigestUpdate(context.pointer, base, bytes.count), "EVP_DigestUpdate")
  }

  /// Appends `bytes` to the message.
  mutating func update(_ bytes: [UInt8]) throws {
    try bytes.withUnsafeBytes { try update($0) }
  }

  /// Appends `bytes` to the message.
  package mutating func update(_ bytes: ArraySlice<UInt8>) throws {
    try bytes.withUnsafeBytes { try update($0) }
  }

  /// The 32-byte digest of every byte appended so far.
  func finalize() throws -> [UInt8] {
    // OpenSSL's final step ends its context, so it runs on a copy and this value stays usable.
    let finished = try context.copy()
    var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
    var length: UInt32 = 0
    try DigestContext.check(
      EVP_DigestFinal_ex(finished.pointer, &digest, &length), "EVP_DigestFinal_ex")
    guard length == Self.byteCount else {
      throw SystemCallFailure(
        call: "EVP_DigestFinal_ex", reason: "a \(length)-byte digest, not \(Self.byteCount)")
    }
    return Array(digest.prefix(Self.byteCount))
  }

  /// The digest of every byte appended so far, as 64 lowercase hexadecimal digits.
  package func finalizeHex() throws -> String {
    Self.hexadecimal(try finalize())
  }

  /// The digest of `bytes` as 64 lowercase hexadecimal digits.
  package static func hex(of bytes: [UInt8]) throws -> String {
    hexadecimal(try digest(bytes))
  }

  /// The 32-byte digest of `bytes`.
  static func digest(_ bytes: [UInt8]) throws -> [UInt8] {
    var hash = try SHA256()
    try hash.update(bytes)
    return try hash.finalize()
  }

  private static func hexadecimal(_ digest: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    text.reserveCapacity(digest.count * 2)
    for byte in digest {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: text, as: UTF8.self)
  }
}

/// One OpenSSL digest context, freed with its owner. Only changed while uniquely referenced (see
/// `SHA256.update`), which is what makes sharing it across threads safe.
private final class DigestContext: @unchecked Sendable {
  let pointer: OpaquePointer

  init() throws {
    pointer = try Self.allocate()
    do {
      try Self.check(EVP_DigestInit_ex(pointer, EVP_sha256(), nil), "EVP_DigestInit_ex")
    } catch {
      EVP_MD_CTX_free(pointer)
      throw error
    }
  }

  private init(copying other: DigestContext) throws {
    pointer = try Self.allocate()
    do {
      try Self.check(EVP_MD_CTX_copy_ex(pointer, other.pointer), "EVP_MD_CTX_copy_ex")
    } catch {
      EVP_MD_CTX_free(pointer)
      throw error
    }
  }

  deinit {
    EVP_MD_CTX_free(pointer)
  }

  func copy() throws -> DigestContext {
    try DigestContext(copying: self)
  }

  private static func allocate() throws -> OpaquePointer {
    guard let pointer = EVP_MD_CTX_new() else {
      throw SystemCallFailure(call: "EVP_MD_CTX_new", reason: "out of memory")
    }
    return pointer
  }

  /// These calls fail only when memory runs out or libcrypto itself is broken; the failure
  /// carries OpenSSL's own reason, as XlsxWriter's carry libxlsxwriter's.
  static func check(_ result: Int32, _ call: String) throws {
    guard result != 1 else { return }
    var reason = [CChar](repeating: 0, count: 256)
    ERR_error_string_n(ERR_get_error(), &reason, reason.count)
    let text = String(
      decoding: reason.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    throw SystemCallFailure(call: "OpenSSL \(call)", reason: text)
  }
}
