import ProsperityModel

/// Reads one engine's activity file for one quarter a row at a time, and derives the
/// `activities.*` measures.
///
/// A row with an unreadable field stays in the list, flagged; every total that needs that field then
/// has no value (never a partial sum). A row without a usable id cannot be counted, so it leaves
/// every activity measure without a value.
package struct ActivityFileReader {
  let quarter: Quarter
  /// How many rows to hold in memory; the rest are counted, and read again when listed.
  let holding: Int
  /// When a row's spending is flagged.
  var budget = BudgetThresholds()

  struct Result {
    var activities: ActivityList
    var totals: [String: Figure]
    /// The latest date the optional `submitted` column gives.
    var submitted: CalendarDate?
    var budgetFlags: BudgetFlags
    var fallbacks: BytePathFallbacks
  }

  func read(_ table: inout TableStream, log: inout DiagnosticLog) -> Result {
    var parser = ActivityRowParser(quarter: quarter)
    var list = ActivityList()
    var tally = ActivityTally()
    var flags = BudgetFlags(thresholds: budget)
    var submitted = SubmissionDate.Latest(quarter: quarter)
    // Without the column every row's date is empty, and asking each row for it is wasted work.
    let tracksSubmission = table.hasColumn(QualityFiles.submittedColumn)
    while let record = table.next(log: &log) {
      if tracksSubmission { submitted.add(record, log: &log) }
      guard let row = parser.read(record, log: &log) else {
        tally.uncountableLine = tally.uncountableLine ?? record.line
        continue
      }
      // Most rows are only counted: their texts are never made. Asked first rather than handed a
      // closure, which would hold on to the row (a copy of it, retained and released, each row).
      let place = list.count(status: row.status, holding: holding)
      if place.isHeld { list.hold(parser.activity(row, in: record), place) }
      if tally.add(row) { tally.name(id: parser.id(in: record), line: record.line) }
      if let check = flags.check(
        planned: row.budgetPlanned, spent: row.budgetSpent, start: row.start, end: row.end,
        status: row.status, quarter: quarter)
      {
        flags.add(check) { BudgetFlag(parser.activity(row, in: record), check) }
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
    var fallbacks = parser.fallbacks
    fallbacks.count(.date, times: submitted.fallbacks)
    return Result(
      activities: list, totals: tally.figures(list), submitted: submitted.latest,
      budgetFlags: flags, fallbacks: fallbacks)
  }
}

extension BudgetFlag {
  /// The flag of `activity`, which `check` found.
  init(_ activity: Activity, _ check: BudgetFlags.Check) {
    self.init(
      activityID: activity.id, title: activity.title, lead: activity.lead,
      planned: activity.budgetPlanned ?? 0, spent: activity.budgetSpent ?? 0,
      spentShare: check.spentShare, elapsedShare: check.elapsedShare, end: activity.end,
      reasons: check.reasons, location: activity.location)
  }
}

/// The running sums of an activity file (its counts are the list's), kept as the rows go by so
/// the rows need not be.
package struct ActivityTally {
  var budgetPlanned = 0.0
  var budgetSpent = 0.0
  var participants = 0.0
  /// The first row that lacked what each measure needs.
  var gaps: [ActivityMeasure: LocalizedText] = [:]
  /// The line of the first row without a usable id.
  var uncountableLine: Int?

  /// The measures whose first gap is found but not yet named (see ``name(id:line:)``).
  private var unnamed: [ActivityMeasure] = []

  /// Adds the values of a row; returns whether it is the first to lack what a measure needs, to be
  /// named by ``name(id:line:)`` (a row's id is made only then).
  mutating func add(_ row: ActivityRowParser.Row) -> Bool {
    budgetPlanned += row.budgetPlanned ?? 0
    budgetSpent += row.budgetSpent ?? 0
    participants += row.participants ?? 0
    func gap(_ measure: ActivityMeasure, _ isMissing: Bool) {
      if isMissing && gaps[measure] == nil && !unnamed.contains(measure) { unnamed.append(measure) }
    }
    gap(.active, row.status == nil)
    gap(.budgetPlanned, row.budgetPlanned == nil)
    gap(.budgetSpent, row.budgetSpent == nil)
    gap(.participants, row.participants == nil)
    return !unnamed.isEmpty
  }

  /// Names the gaps the row just added was the first to leave: row `id`, at `line`.
  mutating func name(id: String, line: Int) {
    for measure in unnamed { gaps[measure] = Messages.activityGap(id: id, line: line) }
    unnamed.removeAll()
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
      // Amounts each within range can still add up past it.
      figures[measure.id] =
        total.isFinite ? .value(total) : .unavailable(Messages.notFinite(measure.id))
    }
    return figures
  }
}
