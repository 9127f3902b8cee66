import Foundation

/// Where the package, its fixtures and its golden files are, found from this source file.
enum Paths {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Support
    .deletingLastPathComponent()  // EndToEndTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  static let endToEnd = packageRoot.appendingPathComponent("Tests/EndToEndTests")
  static let fixtures = endToEnd.appendingPathComponent("Fixtures")
  static let golden = endToEnd.appendingPathComponent("Golden")
  static let shippedInputs = packageRoot.appendingPathComponent("Inputs")
}
