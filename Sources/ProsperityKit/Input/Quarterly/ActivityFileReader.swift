/// Reads one engine's activity file for one quarter, and derives the `activities.*` measures.
///
/// A row with an unreadable field stays in the list, flagged; every total that needs that field then
/// has no value (never a partial sum). A row without a usable id cannot be counted, so it leaves
/// every activity measure without a value.
struct ActivityFileReader {
  let quarter: Quarter

  func read(_ table: TableFile, log: inout DiagnosticLog) -> ([Activity], [String: Figure]) {
    var activities: [Activity] = []
    var seen: Set<String> = []
    var uncountable: TableRecord?
    var gaps: [ActivityMeasure: LocalizedText] = [:]
    for record in table.records {
      let id = record["activity_id"]
      if id.isEmpty || seen.contains(id) {
        let message =
          id.isEmpty ? Messages.missingField("activity_id") : Messages.duplicateActivity(id)
        log.error(
          message, at: record.location("activity_id"), quarter: quarter, rejectedRow: record.raw)
        uncountable = uncountable ?? record
        continue
      }
      seen.insert(id)
      var rejected = false
      func fail(_ message: LocalizedText, _ column: String) {
        log.error(
          message, at: record.location(column), quarter: quarter,
          rejectedRow: rejected ? nil : record.raw)
        rejected = true
      }
      let statusText = record["status"]
      let status = ActivityStatus(parsing: statusText)
      if status == nil {
        fail(
          statusText.isEmpty ? Messages.missingField("status") : Messages.badStatus(statusText),
          "status")
      }
      func date(_ column: String) -> CalendarDate? {
        let text = record[column]
        guard !text.isEmpty else { return nil }
        guard let date = CalendarDate(parsing: text) else {
          fail(Messages.badDate(text), column)
          return nil
        }
        return date
      }
      func amount(_ column: String) -> Double? {
        switch NumberParser.parse(record[column]) {
        case .value(let value): return value
        case .notReported:
          log.warning(
            Messages.activityFieldNotReported(id, column), at: record.location(column),
            quarter: quarter)
        case .invalid: fail(Messages.badNumber(record[column]), column)
        }
        return nil
      }
      let start = date("start")
      let end = date("end")
      if let start, let end, end < start {
        log.warning(Messages.endBeforeStart(id), at: record.location("end"), quarter: quarter)
      }
      let activity = Activity(
        id: id, title: record["title"], category: record["category"], lead: record["lead"],
        status: status, start: start, end: end, budgetPlanned: amount("budget_planned"),
        budgetSpent: amount("budget_spent"), participants: amount("participants"),
        notes: record["notes"], location: record.location(), isRejected: rejected)
      let fields: [(ActivityMeasure, Bool)] = [
        (.active, status == nil), (.budgetPlanned, activity.budgetPlanned == nil),
        (.budgetSpent, activity.budgetSpent == nil), (.participants, activity.participants == nil),
      ]
      for (measure, isMissing) in fields where isMissing && gaps[measure] == nil {
        gaps[measure] = Messages.activityGap(id: id, line: record.line)
      }
      activities.append(activity)
    }
    return (activities, totals(activities, gaps: gaps, uncountable: uncountable))
  }

  private func totals(
    _ activities: [Activity], gaps: [ActivityMeasure: LocalizedText], uncountable: TableRecord?
  ) -> [String: Figure] {
    var figures: [String: Figure] = [:]
    for measure in ActivityMeasure.allCases {
      if let uncountable {
        figures[measure.id] = .unavailable(Messages.activityUncountable(line: uncountable.line))
        continue
      }
      let gap = measure.countedStatus != nil ? gaps[.active] : gaps[measure]
      if let gap {
        figures[measure.id] = .unavailable(gap)
        continue
      }
      let total: Double
      switch measure {
      case .count: total = Double(activities.count)
      case .active, .completed, .delayed:
        total = Double(activities.filter { $0.status == measure.countedStatus }.count)
      case .budgetPlanned: total = activities.reduce(0) { $0 + ($1.budgetPlanned ?? 0) }
      case .budgetSpent: total = activities.reduce(0) { $0 + ($1.budgetSpent ?? 0) }
      case .participants: total = activities.reduce(0) { $0 + ($1.participants ?? 0) }
      }
      figures[measure.id] = .value(total)
    }
    return figures
  }
}
