/// Where an activity stands, as the engine's manager reports it.
package enum ActivityStatus: String, CaseIterable, Hashable, Sendable {
  case planned, active, completed, delayed, cancelled

  /// The status as the reports name it.
  package var label: LocalizedText { ReportText.activityStatus(self) }

  /// The status's place in `allCases`, for counting into an array rather than a dictionary.
  package var ordinal: Int {
    switch self {
    case .planned: return 0
    case .active: return 1
    case .completed: return 2
    case .delayed: return 3
    case .cancelled: return 4
    }
  }
}
