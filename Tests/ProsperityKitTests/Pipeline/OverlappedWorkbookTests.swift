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

/// `workbook` of a large quarter writes its activities sheet while the earlier quarters are read:
/// the reports, the record and what is said are the same as the ordinary path's, and a file that
/// changes between the two readings stops the job.
@Suite("Workbook overlapping reading and writing")
struct OverlappedWorkbookTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../EndToEndTests/Fixtures").standardizedFileURL.path
  static let quarter = Quarter(year: 2026, number: 2)!
  /// Takes the overlapping path whatever the quarter's size.
  static let anySize = WorkbookLimits(constantMemoryRows: 0)

  @Test(arguments: ["clean", "quality", "bad"])
  func overlappingWritesWhatTheOrdinaryPathWrites(fixture: String) throws {
    let folder = try Scratch(copying: "\(Self.fixtures)/\(fixture)")
    defer { folder.remove() }
    let ordinary = Recorder()
    let overlapping = Recorder()
    let plain = WorkbookCommand(
      folder.context(reports: "plain", console: ordinary), quarter: Self.quarter
    )
    .execute()
    let overlapped = OverlappedWorkbook(
      folder.context(reports: "overlapped", console: overlapping), quarter: Self.quarter,
      output: nil, minimumBytes: 0, limits: Self.anySize
    ).execute()
    #expect(overlapped == plain)
    #expect(
      overlapping.lines == ordinary.lines.map { $0.replacing("/plain/", with: "/overlapped/") })
    let written = try folder.files(under: "plain")
    #expect(written.contains { $0.hasSuffix(".xlsx") })
    #expect(try folder.files(under: "overlapped") == written)
    for name in written {
      #expect(try folder.bytes("overlapped/\(name)") == folder.bytes("plain/\(name)"), "\(name)")
    }
  }

  @Test func aFileChangedBetweenTheReadingsIsNamed() throws {
    let folder = try Scratch(copying: "\(Self.fixtures)/clean")
    defer { folder.remove() }
    let context = folder.context(reports: "reports", console: Recorder())
    let job = OverlappedWorkbook(context, quarter: Self.quarter, output: nil)
    let alone = try #require(
      context.load(including: { $0 == Self.quarter }, holdingActivities: { _ in 500 }))
    let early = alone.report(for: Self.quarter)
    let changed = "\(folder.inputs)/2026-Q2/tourism-activities.csv"
    let text = try String(contentsOfFile: changed, encoding: .utf8)
    try (text + "\n").write(toFile: changed, atomically: true, encoding: .utf8)
    #expect(throws: OutputError.self) {
      do throws(OutputError) {
        _ = try job.finalReport(job.fullReport(), agreeingWith: early)
      } catch {
        #expect(error.path == changed)
        throw error
      }
    }
    let unchanged = alone.report(for: Self.quarter)
    #expect(throws: Never.self) {
      _ = try job.finalReport(.success((unchanged, alone)), agreeingWith: early)
    }
  }
}

/// A copy of a fixture with room for reports beside it.
private struct Scratch {
  let root: String
  var inputs: String { "\(root)/Inputs" }

  init(copying fixture: String) throws {
    root =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("overlap-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: fixture, toPath: inputs)
  }

  func context(reports: String, console: Recorder) -> CommandContext {
    CommandContext(
      options: CommandOptions(inputs: inputs, reports: "\(root)/\(reports)", language: .english),
      console: console, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
  }

  /// The files written under `folder`, relative to it, leaving out the lock and the digests.
  func files(under folder: String) throws -> [String] {
    let base = "\(root)/\(folder)"
    let all = FileManager.default.enumerator(atPath: base)?.allObjects as? [String] ?? []
    return all.filter { name in
      var isFolder: ObjCBool = false
      FileManager.default.fileExists(atPath: "\(base)/\(name)", isDirectory: &isFolder)
      return !isFolder.boolValue && !name.split(separator: "/").contains { $0.hasPrefix(".") }
    }.sorted()
  }

  func bytes(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: "\(root)/\(path)"))
  }

  func remove() { try? FileManager.default.removeItem(atPath: root) }
}

/// A console that keeps what it is told.
private final class Recorder: Console, @unchecked Sendable {
  private let lock = NSLock()
  private var kept: [String] = []
  var lines: [String] { lock.withLock { kept } }
  func out(_ line: String) { lock.withLock { kept.append(line) } }
  func err(_ line: String) { lock.withLock { kept.append(line) } }
}
