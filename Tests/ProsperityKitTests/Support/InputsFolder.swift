import Foundation

/// A fresh inputs folder for a test, holding `files` (paths relative to it, folders made as
/// needed); the caller removes it.
enum InputsFolder {
  static func write(_ files: [String: String], prefix: String) throws -> String {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
    for (name, text) in files {
      let path = root + "/" + name
      try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
    return root
  }
}
