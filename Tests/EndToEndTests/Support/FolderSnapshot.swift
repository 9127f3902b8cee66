import Foundation

/// Every file under a folder with its bytes (hidden files and the lock file included), to show
/// that a command left the folder exactly as it was.
struct FolderSnapshot: Equatable {
  let files: [String: Data]

  init(_ folder: URL) {
    var files: [String: Data] = [:]
    let root = folder.standardizedFileURL.path
    let enumerator = FileManager.default.enumerator(atPath: root)
    while let relative = enumerator?.nextObject() as? String {
      let path = (root as NSString).appendingPathComponent(relative)
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        continue
      }
      files[relative] =
        isDirectory.boolValue
        ? Data("<folder>".utf8)
        : FileManager.default
          .contents(atPath: path)
    }
    self.files = files
  }

  /// The paths whose presence or bytes differ, for a readable failure.
  func differences(from other: FolderSnapshot) -> [String] {
    Set(files.keys).union(other.files.keys).filter { files[$0] != other.files[$0] }.sorted()
  }
}
