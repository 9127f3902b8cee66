/// What the comparison's summary and text say of one engine's activities, gathered in one pass
/// over its matches: how many had each change, how many each quarter listed, and the first few of
/// each change by name. The rest are on the workbook's activities sheet.
package struct ActivityChangeTally: Sendable {
  /// How many activities of each change the text lists by name, as the committee summary lists
  /// at most 100 delayed activities: a list of thousands is of no use in an e-mail.
  static let listedPerChange = 100

  /// Matches by change, in `ActivityChange.allCases` order.
  private var counts = [Int](repeating: 0, count: ActivityChange.allCases.count)
  /// The activities of the earlier quarter (those matched and those gone).
  package private(set) var earlierCount = 0
  /// The rows of the later quarter.
  package private(set) var laterCount = 0
  /// The first ``listedPerChange`` activities of each change, in the order they were matched;
  /// activities that continue are never listed.
  package private(set) var listed: [ActivityChange: [ActivityComparison]] = [:]

  /// A tally of no activity.
  init() {}

  /// The tally of `matches`.
  init(_ matches: some Sequence<ActivityComparison>) {
    for match in matches { add(match) }
  }

  mutating func add(_ match: ActivityComparison) {
    counts[match.change.ordinal] += 1
    if match.earlier != nil { earlierCount += 1 }
    if match.later != nil { laterCount += 1 }
    guard match.change != .continuing, counts[match.change.ordinal] <= Self.listedPerChange
    else { return }
    listed[match.change, default: []].append(match)
  }

  /// How many activities had `change`.
  package func count(_ change: ActivityChange) -> Int { counts[change.ordinal] }

  /// How many activities had `change` but are not in ``listed``.
  package func unlisted(_ change: ActivityChange) -> Int {
    count(change) - (listed[change]?.count ?? 0)
  }
}

extension ActivityChange {
  /// The change's place in `allCases`, for counting into an array.
  var ordinal: Int {
    switch self {
    case .new: return 0
    case .completed: return 1
    case .newlyDelayed: return 2
    case .cancelled: return 3
    case .gone: return 4
    case .statusUnreadable: return 5
    case .continuing: return 6
    }
  }
}
