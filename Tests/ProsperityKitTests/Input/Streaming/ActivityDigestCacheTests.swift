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

/// An earlier quarter's activity file, unchanged since it was last read, is taken from its
/// digest: with the same totals, counts, hand-in date, hash and diagnostics as reading it gives.
@Suite("Digests of earlier quarters' activity files")
struct ActivityDigestCacheTests {
  static let q1 = Quarter(year: 2026, number: 1)!
  static let q2 = Quarter(year: 2026, number: 2)!

  /// Inputs with a 2026-Q1 activity file holding a bad row, a missing amount and a hand-in date.
  static func inputs() throws -> String {
    let files = [
      "engines.csv": "engine,name_he,name_en\ntourism,תיירות,Tourism\n",
      "measures.csv": "measure,engine,name_he,name_en,unit,kind\n"
        + "tourism.visitors,tourism,מבקרים,Visitors,count,flow\n",
      "indicators.csv": "indicator,engine,name_he,name_en,unit,formula,direction,headline\n"
        + "tourism.v,tourism,מבקרים,Visitors,count,tourism.visitors,up,yes\n",
      "targets.csv": "indicator,period,target\ntourism.v,2026,1000\n",
      "2026-Q1/tourism-kpis.csv": "measure,value\ntourism.visitors,200\n",
      "2026-Q1/tourism-activities.csv":
        "activity_id,title,status,start,budget_planned,budget_spent,participants,submitted\n"
        + "A-1,סיור,active,2026-01-05,1000,400,12,2026-04-10\n"
        + "A-2,\"סדנה, ערב\",delayed,31/02/2026,500,,7,2026-04-12\n"
        + "A-3,כנס,completed,2026-02-01,2000,1999,\"1,200\",\n",
      "2026-Q2/tourism-kpis.csv": "measure,value\ntourism.visitors,300\n",
      "2026-Q2/tourism-activities.csv": "activity_id,title,status\nB-1,סיור,active\n",
    ]
    return try InputsFolder.write(files, prefix: "digest")
  }

  static func load(_ root: String, _ cache: ActivityDigestCache?, holdingQ1: Int = 0) throws
    -> (Dataset, DiagnosticLog)
  {
    try InputsLoader.load(
      from: root, holdingActivities: { $0 == q2 ? 500 : holdingQ1 }, cache: cache)
  }

  static func entries(_ cache: ActivityDigestCache) -> [String] {
    (try? FileManager.default.contentsOfDirectory(atPath: cache.folder)) ?? []
  }

  @Test("a digest gives what reading the file gives")
  func sameAsReading() throws {
    let root = try Self.inputs()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let cache = ActivityDigestCache(folder: root + "/cache", settleSeconds: -1, smallestFile: 0)
    let (read, readLog) = try Self.load(root, nil)
    let (first, firstLog) = try Self.load(root, cache)
    #expect(Self.entries(cache).count == 2, "one per activity file, rows held or not")
    let (cached, cachedLog) = try Self.load(root, cache)
    for dataset in [first, cached] {
      let expected = try #require(read.engineQuarter("tourism", Self.q1))
      let got = try #require(dataset.engineQuarter("tourism", Self.q1))
      #expect(got.activityMeasures == expected.activityMeasures)
      #expect(got.submitted == expected.submitted)
      #expect(got.activitiesFile == expected.activitiesFile)
      #expect(got.activities.count == 3)
      for status in ActivityStatus.allCases {
        #expect(got.activities.count(status) == expected.activities.count(status))
      }
      #expect(Set(dataset.files) == Set(read.files))
    }
    #expect(firstLog.entries == readLog.entries)
    #expect(cachedLog.entries == readLog.entries)
    #expect(readLog.entries.contains { $0.severity == .error && $0.rejectedRow != nil })
    var ids: [String] = []
    try #require(cached.engineQuarter("tourism", Self.q1)).activities.visit { ids.append($0.id) }
    #expect(ids == ["A-1", "A-2", "A-3"])
  }

  @Test("the digest is what is read, until the file changes")
  func usedUntilChanged() throws {
    let root = try Self.inputs()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let cache = ActivityDigestCache(folder: root + "/cache", settleSeconds: -1, smallestFile: 0)
    _ = try Self.load(root, cache)
    // Mark the 2026-Q1 file's digest, to see whether the next load reads it.
    let entries = try Self.entries(cache).map { cache.folder + "/" + $0 }.filter {
      try String(contentsOfFile: $0, encoding: .utf8).contains("\"count\":3")
    }
    let entry = try #require(entries.first)
    #expect(entries.count == 1)
    let text = try String(contentsOfFile: entry, encoding: .utf8)
    let marked = text.replacingOccurrences(of: "\"count\":3", with: "\"count\":33")
    #expect(marked != text)
    try marked.write(toFile: entry, atomically: true, encoding: .utf8)
    #expect(try Self.load(root, cache).0.engineQuarter("tourism", Self.q1)?.activities.count == 33)
    let activities = root + "/2026-Q1/tourism-activities.csv"
    let handle = try #require(FileHandle(forWritingAtPath: activities))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("A-4,עוד,active,2026-03-01,1,1,1,\n".utf8))
    try handle.close()
    #expect(try Self.load(root, cache).0.engineQuarter("tourism", Self.q1)?.activities.count == 4)
  }

  @Test("a file changed in the last seconds is not recorded")
  func recentFilesAreNotRecorded() throws {
    let root = try Self.inputs()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let cache = ActivityDigestCache(folder: root + "/cache", smallestFile: 0)
    _ = try Self.load(root, cache)
    #expect(Self.entries(cache).isEmpty)
  }

  @Test("a small file is read, not recorded")
  func smallFilesAreRead() throws {
    let root = try Self.inputs()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let cache = ActivityDigestCache(folder: root + "/cache", settleSeconds: -1, smallestFile: 4096)
    _ = try Self.load(root, cache)
    #expect(Self.entries(cache).isEmpty)
  }

  @Test(
    "a quarter whose rows are held takes its counts from the digest and holds the same rows",
    arguments: [1, 2, 500])
  func heldRowsFromTheFileStart(holding: Int) throws {
    let root = try Self.inputs()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let cache = ActivityDigestCache(folder: root + "/cache", settleSeconds: -1, smallestFile: 0)
    let (read, readLog) = try Self.load(root, nil, holdingQ1: holding)
    _ = try Self.load(root, cache, holdingQ1: holding)
    let (cached, cachedLog) = try Self.load(root, cache, holdingQ1: holding)
    #expect(cachedLog.entries == readLog.entries)
    for quarter in [Self.q1, Self.q2] {
      let expected = try #require(read.engineQuarter("tourism", quarter)).activities
      let got = try #require(cached.engineQuarter("tourism", quarter)).activities
      #expect(got.count == expected.count)
      #expect(got.leading.map(\.id) == expected.leading.map(\.id))
      #expect(got.leading.map(\.title) == expected.leading.map(\.title))
      #expect(got.delayed.map(\.id) == expected.delayed.map(\.id))
      #expect(got.isComplete == expected.isComplete)
      var ids: [String] = []
      try got.visit { ids.append($0.id) }
      #expect(ids.count == got.count)
    }
    let q1 = try #require(cached.engineQuarter("tourism", Self.q1)).activities
    #expect(q1.leading.map(\.id) == Array(["A-1", "A-2", "A-3"].prefix(holding)))
    #expect(q1.delayed.map(\.id) == ["A-2"], "a delayed row is held past the leading ones")
  }

  @Test("a digest that counts rows the file does not give is not trusted: the file is read")
  func heldRowsCheckTheDigest() throws {
    let root = try Self.inputs()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let cache = ActivityDigestCache(folder: root + "/cache", settleSeconds: -1, smallestFile: 0)
    _ = try Self.load(root, cache, holdingQ1: 500)
    for name in Self.entries(cache) {
      let entry = cache.folder + "/" + name
      let text = try String(contentsOfFile: entry, encoding: .utf8)
      try text.replacingOccurrences(of: "\"count\":3", with: "\"count\":33")
        .write(toFile: entry, atomically: true, encoding: .utf8)
    }
    let q1 = try #require(
      try Self.load(root, cache, holdingQ1: 500).0.engineQuarter("tourism", Self.q1))
    #expect(q1.activities.count == 3)
    #expect(q1.activities.isComplete)
  }
}
