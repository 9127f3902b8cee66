import Foundation

/// Finds the built `prosperity` binary, so end-to-end tests run the real executable that
/// `swift build` produced. The test target depends on the `prosperity` target, so `swift test`
/// builds it first; `PROSPERITY_BINARY` overrides the search.
enum BinaryLocator {
  static var prosperity: URL {
    if let override = ProcessInfo.processInfo.environment["PROSPERITY_BINARY"] {
      return URL(fileURLWithPath: override)
    }
    let bundle = Bundle.main.bundleURL
    var candidates = [
      bundle.appendingPathComponent("prosperity"),
      bundle.deletingLastPathComponent().appendingPathComponent("prosperity"),
    ]
    // The test runner may live elsewhere (swiftpm-testing-helper): fall back to the build folder.
    let build = Paths.packageRoot.appendingPathComponent(".build")
    for configuration in ["debug", "release"] {
      candidates.append(
        build.appendingPathComponent(configuration).appendingPathComponent("prosperity"))
    }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
      ?? candidates[1]
  }
}
