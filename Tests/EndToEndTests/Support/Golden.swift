import Foundation
import Testing

/// Golden files in `Tests/EndToEndTests/Golden/`.
///
/// To re-record them after an intended change of the output, run
///
///     PROSPERITY_RECORD=1 swift test --filter EndToEndTests
///
/// which rewrites every golden file the tests compare with (the comparisons then pass); read the
/// diff before committing it: the numbers in the goldens were checked by hand.
enum Golden {
  static var isRecording: Bool { ProcessInfo.processInfo.environment["PROSPERITY_RECORD"] == "1" }

  /// Expects `actual` to equal the golden file `name`, or rewrites it when recording.
  static func check(
    _ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = Paths.golden.appendingPathComponent(name)
    if isRecording {
      try Data(actual.utf8).write(to: url)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    if actual != expected {
      let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
      let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let firstDifference = zip(actualLines, expectedLines).enumerated()
        .first { $0.element.0 != $0.element.1 }
      Issue.record(
        """
        \(name) differs from the golden file (re-record with PROSPERITY_RECORD=1 if intended); \
        first differing line \((firstDifference?.offset ?? min(actualLines.count, expectedLines.count)) + 1):
        actual:   \(firstDifference.map { String($0.element.0) } ?? "(\(actualLines.count) lines)")
        expected: \(firstDifference.map { String($0.element.1) } ?? "(\(expectedLines.count) lines)")
        """, sourceLocation: sourceLocation)
    }
  }
}
