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

/// The compact index must match ids exactly as Swift `String`s do, whatever their bytes and
/// however their hashes fall: each case is checked against a plain dictionary of `String`s, as
/// comparisons matched before the index, with the standard hash and with every id colliding.
@Suite("Matching activities by id through the compact index")
struct ActivityIndexTests {
  static let precomposed = "Caf\u{E9}-1"
  static let decomposed = "Cafe\u{301}-1"

  static func activity(
    _ id: String, _ status: ActivityStatus?, title: String? = nil, spent: Double? = nil,
    participants: Double? = nil
  ) -> Activity {
    Activity(
      id: id, title: title ?? "title of \(id)", category: "", lead: "", status: status,
      start: nil, end: nil, budgetPlanned: nil, budgetSpent: spent, participants: participants,
      notes: "", location: SourceLocation(file: "a.csv"), isRejected: status == nil)
  }

  /// How comparisons matched before the index: a dictionary keyed by the id `String`.
  static func reference(earlier: [Activity], later: [Activity]) -> [ActivityComparison] {
    var before: [String: Activity] = [:]
    var order: [String] = []
    for activity in earlier where before[activity.id] == nil {
      before[activity.id] = activity
      order.append(activity.id)
    }
    let present = Set(later.map(\.id))
    let matched = later.map { activity in
      ActivityComparison(
        engine: "e", id: activity.id, title: activity.title,
        earlier: before[activity.id].map(ActivitySnapshot.init), later: ActivitySnapshot(activity))
    }
    return matched
      + order.filter { !present.contains($0) }.map { id in
        let gone = before[id]!
        return ActivityComparison(
          engine: "e", id: gone.id, title: gone.title, earlier: ActivitySnapshot(gone), later: nil)
      }
  }

  /// The index's matches, with `hashing`.
  static func indexed(
    earlier: [Activity], later: [Activity], hashing: @escaping ActivityIndex.Hashing
  ) throws -> [ActivityComparison] {
    try ActivityMatches(
      engine: "e", earlier: ActivityList(earlier), later: ActivityList(later), hashing: hashing
    ).all()
  }

  /// What a test compares of a match: all of it, numbers and statuses written out.
  static func summary(_ match: ActivityComparison) -> String {
    func side(_ snapshot: ActivitySnapshot?) -> String {
      guard let snapshot else { return "-" }
      return "\(snapshot.status?.rawValue ?? "?")/\(snapshot.budgetSpent.map { "\($0)" } ?? "_")"
        + "/\(snapshot.participants.map { "\($0)" } ?? "_")"
    }
    return
      "\(match.engine)|\(match.id)|\(match.title)|\(side(match.earlier))|\(side(match.later))|"
      + match.change.rawValue
  }

  /// Every hashing keeps equal ids' hashes equal, as `Hashable` requires; all but the first
  /// make unequal ids collide, all of them or half.
  static let hashings: [(String, ActivityIndex.Hashing)] = [
    ("standard", ActivityIndex.standardHashing), ("colliding", { _ in 42 }),
    ("two buckets", { $0.hashValue & 1 == 0 ? 1 : -1 }),
  ]

  func expectSameAsReference(_ earlier: [Activity], _ later: [Activity]) throws {
    let expected = Self.reference(earlier: earlier, later: later).map(Self.summary)
    for (name, hashing) in Self.hashings {
      let got = try Self.indexed(earlier: earlier, later: later, hashing: hashing)
      #expect(got.map(Self.summary) == expected, "\(name) hashing")
    }
  }

  @Test("precomposed and decomposed ids are the same id, either way round")
  func canonicalEquivalence() throws {
    #expect(Self.precomposed == Self.decomposed)
    #expect(Array(Self.precomposed.utf8) != Array(Self.decomposed.utf8))
    for (first, second) in [
      (Self.precomposed, Self.decomposed), (Self.decomposed, Self.precomposed),
    ] {
      let earlier = [Self.activity(first, .active, spent: 5)]
      let later = [Self.activity(second, .completed, spent: 8)]
      try expectSameAsReference(earlier, later)
      let matched = try Self.indexed(
        earlier: earlier, later: later, hashing: ActivityIndex.standardHashing)
      #expect(matched.map(\.change) == [.completed])
      #expect(matched.first?.budgetSpentChange == 3)
    }
  }

  @Test("ids that differ only in case are different activities")
  func caseMatters() throws {
    let earlier = [Self.activity("a-1", .active), Self.activity("B-2", .active)]
    let later = [Self.activity("A-1", .completed), Self.activity("b-2", .active)]
    try expectSameAsReference(earlier, later)
    let matched = try Self.indexed(earlier: earlier, later: later, hashing: { _ in 7 })
    #expect(matched.map(\.change) == [.new, .new, .gone, .gone])
  }

  @Test("among duplicate earlier ids the first is compared; every later duplicate is matched")
  func duplicates() throws {
    let earlier = [
      Self.activity("D-1", .active, title: "first", spent: 1),
      Self.activity("D-1", .delayed, title: "second", spent: 2),
      Self.activity(Self.decomposed, .planned, title: "gone first", spent: 3),
      Self.activity(Self.precomposed, .active, title: "gone second", spent: 4),
    ]
    let later = [
      Self.activity("D-1", .completed, spent: 10), Self.activity("D-1", .cancelled, spent: 20),
    ]
    try expectSameAsReference(earlier, later)
    let matched = try Self.indexed(earlier: earlier, later: later, hashing: { _ in 0 })
    #expect(matched.map(\.change) == [.completed, .cancelled, .gone])
    #expect(matched.map(\.budgetSpentChange) == [9, 19, nil])
    #expect(matched.last?.title == "gone first")
    #expect(matched.last?.earlier?.budgetSpent == 3)
  }

  @Test("unreadable statuses and missing numbers survive the index")
  func snapshotsKeepEveryField() throws {
    let earlier =
      ActivityStatus.allCases.map { Self.activity("S-\($0)", $0, participants: 3) } + [
        Self.activity("S-none", nil, spent: 0), Self.activity("S-gone", .delayed, spent: -1.5),
      ]
    let later =
      ActivityStatus.allCases.reversed().map { Self.activity("S-\($0)", $0, spent: 1) } + [
        Self.activity("S-none", .active, participants: 0)
      ]
    try expectSameAsReference(earlier, later)
  }

  @Test("many ids, some alike, in any order, grow the table past its first size")
  func manyIds() throws {
    var generator = SystemRandomNumberGenerator()
    let stems = ["A", "a", Self.precomposed, Self.decomposed, "ש", "ש\u{5B8}", " A", "A "]
    let ids = (0..<3_000).map { "\(stems[$0 % stems.count])\($0 % 700)" }
    let statuses: [ActivityStatus?] = ActivityStatus.allCases + [nil]
    let earlier = ids.shuffled(using: &generator).prefix(1_800).map {
      Self.activity($0, statuses.randomElement(using: &generator)!, spent: 1)
    }
    let later = ids.shuffled(using: &generator).prefix(1_500).map {
      Self.activity($0, statuses.randomElement(using: &generator)!, spent: 2)
    }
    try expectSameAsReference(Array(earlier), Array(later))
    var index = ActivityIndex(capacity: 0)
    for activity in earlier {
      index.insert(activity.id, hash: activity.id.hashValue, snapshot: ActivitySnapshot(activity))
    }
    #expect(index.count == Set(earlier.map(\.id)).count)
  }
}
