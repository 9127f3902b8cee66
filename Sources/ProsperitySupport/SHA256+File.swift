import Foundation

extension SHA256 {
  /// How much of a file is read at a time: large enough that the per-call cost vanishes, small
  /// enough that memory stays flat whatever the file's size.
  static let fileChunkSize = 1 << 20

  /// The SHA-256 of the file at `path` as 64 lowercase hexadecimal digits, read in chunks so a file
  /// of any size takes constant memory; `nil` when the file cannot be opened or read. Throws only
  /// when libcrypto fails.
  package static func hex(ofFileAt path: String) throws -> String? {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    var hash = try SHA256()
    while true {
      let chunk: Data?
      do { chunk = try handle.read(upToCount: fileChunkSize) } catch { return nil }
      guard let chunk, !chunk.isEmpty else { break }
      try chunk.withUnsafeBytes { try hash.update($0) }
    }
    return try hash.finalizeHex()
  }
}
