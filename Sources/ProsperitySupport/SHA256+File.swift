import Foundation

extension SHA256 {
  /// How much of a file is read at a time: large enough that the per-call cost vanishes, small
  /// enough that memory stays flat whatever the file's size.
  static let fileChunkSize = 1 << 20

  /// The SHA-256 of the file at `path` as 64 lowercase hexadecimal digits, read in chunks so a file
  /// of any size takes constant memory; `nil` when the file cannot be opened or read.
  package static func hex(ofFileAt path: String) -> String? {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    var hash = SHA256()
    do {
      while let chunk = try handle.read(upToCount: fileChunkSize), !chunk.isEmpty {
        chunk.withUnsafeBytes { hash.update($0) }
      }
    } catch {
      return nil
    }
    return hash.finalizeHex()
  }
}
