import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports
@testable import ProsperityStore
@testable import ProsperitySupport

@Suite struct ActivityListTests {
  static func activity(_ id: String, _ status: ActivityStatus?) -> Activity {
    Activity(
      id: id, title: "", category: "", lead: "", status: status, start: nil, end: nil,
      budgetPlanned: nil, budgetSpent: nil, participants: nil, notes: "",
      location: SourceLocation(file: "a.csv", line: 2, column: 1), isRejected: status == nil)
  }

  @Test func ordinalsFollowAllCases() {
    #expect(ActivityStatus.allCases.map(\.ordinal) == Array(ActivityStatus.allCases.indices))
  }

  @Test func countsEveryStatusAndLeavesUnreadableOnesOut() {
    var statuses: [ActivityStatus?] = ActivityStatus.allCases + [nil, .delayed, .delayed]
    statuses.append(.planned)
    let list = ActivityList(statuses.enumerated().map { Self.activity("A-\($0)", $1) })
    #expect(list.count == statuses.count)
    for status in ActivityStatus.allCases {
      #expect(list.count(status) == statuses.filter { $0 == status }.count, "\(status)")
    }
    #expect(list.delayedCount == 3)
    #expect(list.delayed.map(\.id) == ["A-3", "A-6", "A-7"])
    #expect(list.isComplete)
  }

  @Test func holdsOnlyTheFirstRowsAskedFor() {
    var list = ActivityList()
    for index in 0..<(ActivityList.delayedHeld + 50) {
      list.add(Self.activity("A-\(index)", .delayed), holding: 3)
    }
    #expect(list.leading.map(\.id) == ["A-0", "A-1", "A-2"])
    #expect(list.delayed.count == ActivityList.delayedHeld)
    #expect(list.delayedCount == ActivityList.delayedHeld + 50)
    #expect(!list.isComplete)
  }
}
