import Foundation
import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports
@testable import ProsperityStore
@testable import ProsperitySupport

/// Matches kept in the temporary file come back as they went in, in order, as often as asked.
@Suite("Matches kept in a temporary file")
struct MatchSpoolTests {
  typealias Make = ActivityIndexTests

  @Test("every field, through many chunks and a record longer than a chunk")
  func roundTrip() throws {
    let engines = ["tourism", "תיירות", ""]
    var matches: [(ActivityComparison, Int)] = []
    let statuses: [ActivityStatus?] = ActivityStatus.allCases + [nil]
    for number in 0..<40_000 {
      let earlier = Make.activity(
        "E-\(number)", statuses[number % statuses.count],
        title: "כותרת \(number), \"quoted\"", spent: number % 3 == 0 ? nil : Double(number) / 7,
        participants: number % 5 == 0 ? nil : -Double(number))
      let later = Make.activity(
        "E-\(number)", statuses[(number / 3) % statuses.count], title: "",
        spent: .greatestFiniteMagnitude, participants: number % 2 == 0 ? 0 : nil)
      let match = ActivityComparison(
        engine: engines[number % 3], id: earlier.id,
        title: number == 20_000 ? String(repeating: "א", count: 1_200_000) : earlier.title,
        earlier: number % 4 == 1 ? nil : ActivitySnapshot(earlier),
        later: number % 4 == 2 ? nil : ActivitySnapshot(later))
      matches.append((match, number % 3))
    }
    let spool = try MatchSpool(engines: engines)
    for (match, engine) in matches { try spool.append(match, engine: engine) }
    try spool.flush()
    #expect(spool.count == matches.count)
    for _ in 0..<2 {
      var back: [String] = []
      try spool.replay { back.append(Make.summary($0)) }
      #expect(back == matches.map { Make.summary($0.0) })
    }
  }

  @Test("an empty spool replays nothing")
  func empty() throws {
    let spool = try MatchSpool(engines: [])
    try spool.flush()
    var calls = 0
    try spool.replay { _ in calls += 1 }
    #expect(calls == 0)
  }

  @Test("the file has no name: nothing is left in its folder, even while it is open")
  func unlinked() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("spool-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let spool = try MatchSpool(engines: ["e"], folder: folder)
    try spool.append(
      ActivityComparison(engine: "e", id: "A", title: "t", earlier: nil, later: nil), engine: 0)
    try spool.flush()
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    var ids: [String] = []
    try spool.replay { ids.append($0.id) }
    #expect(ids == ["A"])
  }

  @Test("a folder that cannot hold the file is named in the error")
  func unwritableFolder() throws {
    let folder = "/nonexistent-\(UUID().uuidString)"
    #expect {
      _ = try MatchSpool(engines: ["e"], folder: folder)
    } throws: { error in
      (error as? SpoolFailed)?.path == folder
        && (error as? SpoolFailed)?.description.hasPrefix(folder + ": ") == true
    }
  }
}
