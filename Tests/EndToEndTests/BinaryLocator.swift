import Foundation

/// Finds the built `prosperity` binary next to the test bundle, so end-to-end tests run the real
/// executable that `swift build` produced.
enum BinaryLocator {
  static var prosperity: URL {
    let bundle = Bundle.main.bundleURL
    let candidates = [
      bundle.appendingPathComponent("prosperity"),
      bundle.deletingLastPathComponent().appendingPathComponent("prosperity"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
      ?? candidates[1]
  }
}
