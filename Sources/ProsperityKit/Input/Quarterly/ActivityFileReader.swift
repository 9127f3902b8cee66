/// Reads one engine's activity file for one quarter a row at a time, and derives the
/// `activities.*` measures.
///
/// A row with an unreadable field stays in the list, flagged; every total that needs that field then
/// has no value (never a partial sum). A row without a usable id cannot be counted, so it leaves
/// every activity measure without a value.
struct ActivityFileReader {
  let quarter: Quarter
  /// How many rows to hold in memory; the rest are counted, and read again when listed.
  let holding: Int

  struct Result {
    var activities: ActivityList
    var totals: [String: Figure]
    /// The latest date the optional `submitted` column gives.
    var submitted: CalendarDate?
  }

  func read(_ table: inout TableStream, log: inout DiagnosticLog) -> Result {
    var parser = ActivityRowParser(quarter: quarter)
    var list = ActivityList()
    var tally = ActivityTally()
    var submitted = SubmissionDate.Latest(quarter: quarter)
    while let record = table.next(log: &log) {
      submitted.add(record, log: &log)
      switch parser.parse(record, log: &log) {
      case .uncountable:
        tally.uncountableLine = tally.uncountableLine ?? record.line
      case .activity(let activity):
        list.add(activity, holding: holding)
        tally.add(activity, line: record.line)
      }
    }
    if table.failed {
      log.error(
        Messages.cannotRead(table.path), at: SourceLocation(file: table.path), quarter: quarter)
      tally.uncountableLine = tally.uncountableLine ?? 1
    }
    if !list.isComplete {
      list.source = ActivitySource(
        file: table.file, identity: table.identity, encoding: table.encoding, quarter: quarter)
    }
    return Result(activities: list, totals: tally.figures(list), submitted: submitted.latest)
  }
}

/// The running sums of an activity file (its counts are the list's), kept as the rows go by so
/// the rows need not be.
struct ActivityTally {
  var budgetPlanned = 0.0
  var budgetSpent = 0.0
  var participants = 0.0
  /// The first row that lacked what each measure needs.
  var gaps: [ActivityMeasure: LocalizedText] = [:]
  /// The line of the first row without a usable id.
  var uncountableLine: Int?

  mutating func add(_ activity: Activity, line: Int) {
    budgetPlanned += activity.budgetPlanned ?? 0
    budgetSpent += activity.budgetSpent ?? 0
    participants += activity.participants ?? 0
    func gap(_ measure: ActivityMeasure, _ isMissing: Bool) {
      if isMissing && gaps[measure] == nil {
        gaps[measure] = Messages.activityGap(id: activity.id, line: line)
      }
    }
    gap(.active, activity.status == nil)
    gap(.budgetPlanned, activity.budgetPlanned == nil)
    gap(.budgetSpent, activity.budgetSpent == nil)
    gap(.participants, activity.participants == nil)
  }

  /// The `activities.*` measures of the rows counted in `list`.
  func figures(_ list: ActivityList) -> [String: Figure] {
    var figures: [String: Figure] = [:]
    for measure in ActivityMeasure.allCases {
      if let uncountableLine {
        figures[measure.id] = .unavailable(Messages.activityUncountable(line: uncountableLine))
        continue
      }
      let gap = measure.countedStatus != nil ? gaps[.active] : gaps[measure]
      if let gap {
        figures[measure.id] = .unavailable(gap)
        continue
      }
      let total: Double
      switch measure {
      case .count: total = Double(list.count)
      case .active, .completed, .delayed: total = Double(list.count(measure.countedStatus!))
      case .budgetPlanned: total = budgetPlanned
      case .budgetSpent: total = budgetSpent
      case .participants: total = participants
      }
      figures[measure.id] = .value(total)
    }
    return figures
  }
}
