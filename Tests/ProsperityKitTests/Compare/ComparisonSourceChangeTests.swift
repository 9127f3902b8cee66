import Foundation
import Logging
import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports
@testable import ProsperityStore
@testable import ProsperitySupport

/// An activity file that changes after the inputs were read, before the comparison reads it
/// again, stops the comparison: exit 73, the file named, and neither of its files written.
@Suite("Comparison of a file that changes between readings")
struct ComparisonSourceChangeTests {
  typealias Inputs = ActivityDigestCacheTests

  /// A console that appends a row to `file` when the first diagnostic is printed: after the
  /// inputs were read, before any activity is matched.
  final class ChangingConsole: Console, @unchecked Sendable {
    let file: String
    private let lock = NSLock()
    private var lines: [String] = []
    private var changed = false

    init(changing file: String) { self.file = file }

    func out(_ line: String) {}

    func err(_ line: String) {
      lock.lock()
      defer { lock.unlock() }
      lines.append(line)
      guard !changed, let handle = FileHandle(forWritingAtPath: file) else { return }
      changed = true
      _ = try? handle.seekToEnd()
      try? handle.write(contentsOf: Data("X-1,עוד שורה,active,1\n".utf8))
      try? handle.close()
    }

    var printed: [String] {
      lock.lock()
      defer { lock.unlock() }
      return lines
    }
  }

  /// More rows than a comparison holds, so both lists are read again; Q2's first row ends before
  /// it starts, a warning printed right after the inputs are read.
  static func inputs() throws -> String {
    let root = try Inputs.inputs()
    let header = "activity_id,title,status,budget_spent,start,end\n"
    let rows = { (status: String) in
      (1...700).map { "A-\($0),כותרת \($0),\(status),\($0),," }.joined(separator: "\n") + "\n"
    }
    try (header + rows("active")).write(
      toFile: root + "/2026-Q1/tourism-activities.csv", atomically: true, encoding: .utf8)
    try (header + "B-0,בדיקה,active,1,2026-05-01,2026-04-01\n" + rows("completed")).write(
      toFile: root + "/2026-Q2/tourism-activities.csv", atomically: true, encoding: .utf8)
    return root
  }

  @Test(
    "exit 73 naming the file; no workbook, no text",
    arguments: ["2026-Q1", "2026-Q2"])
  func changedFile(quarter: String) throws {
    let root = try Self.inputs()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let changed = root + "/\(quarter)/tourism-activities.csv"
    let console = ChangingConsole(changing: changed)
    // Beside the inputs: a reports folder inside them is refused.
    let reports = root + ".reports"
    defer { try? FileManager.default.removeItem(atPath: reports) }
    let context = CommandContext(
      options: CommandOptions(inputs: root, reports: reports, language: .english),
      console: console, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
    let status = CompareCommand(context, Inputs.q1, Inputs.q2).execute()
    #expect(status == .cannotWrite)
    #expect(status.rawValue == 73)
    #expect(
      console.printed.contains {
        $0.hasPrefix(changed + ": error:")
          && $0.contains("the file changed while the report was being written")
      })
    let written = (try? FileManager.default.contentsOfDirectory(atPath: reports + "/compare")) ?? []
    #expect(written.isEmpty, "\(written)")
  }

  @Test("the earlier file changed after it was indexed stops the reading of those gone")
  func changedBeforeTheGoneAreListed() throws {
    let root = try Self.inputs()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let earlier = root + "/2026-Q1/tourism-activities.csv"
    // Q2 loses A-700, so the earlier file is read a second time for it.
    let later = root + "/2026-Q2/tourism-activities.csv"
    let kept = try String(contentsOfFile: later, encoding: .utf8).split(separator: "\n").dropLast()
    try (kept.joined(separator: "\n") + "\n").write(
      toFile: later, atomically: true, encoding: .utf8)
    let (dataset, _) = try InputsLoader.load(from: root, holdingActivities: { _ in 5 })
    let lists = [Inputs.q1, Inputs.q2].map {
      dataset.engineQuarter("tourism", $0)?.activities ?? ActivityList()
    }
    let matches = ActivityMatches(engine: "tourism", earlier: lists[0], later: lists[1])
    var seen = 0
    #expect {
      try matches.visit { _ in
        seen += 1
        guard seen == 1, let handle = FileHandle(forWritingAtPath: earlier) else { return }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("X-1,עוד שורה,active,1,,\n".utf8))
        try handle.close()
      }
    } throws: { error in
      (error as? ActivitySourceChanged)?.path == earlier
    }
    // Every later row was matched before the earlier file was read again.
    #expect(seen == 700)
  }
}
