/// The budget flags of one engine's activity file in one quarter. Every row is checked as it goes
/// by and counted; only the first ``held`` flagged rows are kept, so memory does not grow with
/// the file.
package struct BudgetFlags: Hashable, Sendable, Codable {
  /// Flagged activities kept for the summary's list, which names no more than these.
  static let held = 100

  /// The thresholds the rows were checked against: a digest recorded under others is not used.
  package let thresholds: BudgetThresholds
  /// The first flagged rows, in file order.
  package private(set) var listed: [BudgetFlag] = []
  /// Flagged rows in all, and per reason (a row may have both).
  private(set) var count = 0
  private(set) var overspentCount = 0
  private(set) var aheadOfTimeCount = 0

  /// No flag yet, checking against `thresholds`.
  package init(thresholds: BudgetThresholds = BudgetThresholds()) {
    self.thresholds = thresholds
  }

  /// What the check found of one row: its reasons, and the shares behind them.
  package struct Check: Sendable {
    /// The reasons found, overspent first; never empty.
    package let reasons: [BudgetFlagReason]
    /// Spent ÷ planned; `nil` when nothing was planned.
    package let spentShare: Double?
    /// The share of the activity's time gone by the quarter's last day; `nil` without both dates.
    package let elapsedShare: Double?
  }

  /// Checks an activity's budget at the end of `quarter`. Overspent: spent more than planned ×
  /// the ratio (anything spent of nothing planned counts). Ahead of its time: spent share −
  /// elapsed share above the margin, where elapsed share is the days from start to the quarter's
  /// last day over the days from start to end, between 0 and 1; an activity completed or
  /// cancelled is not running, and one without both dates has no elapsed share.
  package func check(
    planned: Double?, spent: Double?, start: CalendarDate?, end: CalendarDate?,
    status: ActivityStatus?, quarter: Quarter
  ) -> Check? {
    guard let planned, let spent, planned >= 0 else { return nil }
    var reasons: [BudgetFlagReason] = []
    let share = spent / planned
    let spentShare = planned > 0 && share.isFinite ? share : nil
    if spent > planned * thresholds.overspendRatio { reasons.append(.overspent) }
    let elapsed = Self.elapsedShare(start: start, end: end, quarter: quarter)
    let running = status != .completed && status != .cancelled
    if running, let spentShare, let elapsed, spentShare - elapsed > thresholds.aheadOfTimeMargin {
      reasons.append(.aheadOfTime)
    }
    guard !reasons.isEmpty else { return nil }
    return Check(reasons: reasons, spentShare: spentShare, elapsedShare: elapsed)
  }

  /// Counts a row that `check` flagged, and keeps it, made by `flag` only then, while fewer than
  /// ``held`` are kept.
  package mutating func add(_ check: Check, _ flag: () -> BudgetFlag) {
    count += 1
    if check.reasons.contains(.overspent) { overspentCount += 1 }
    if check.reasons.contains(.aheadOfTime) { aheadOfTimeCount += 1 }
    if listed.count < Self.held { listed.append(flag()) }
  }

  /// The flagged rows not listed.
  package var unlisted: Int { count - listed.count }

  static func elapsedShare(start: CalendarDate?, end: CalendarDate?, quarter: Quarter) -> Double? {
    guard let start, let end, end > start else { return nil }
    let lastMonth = quarter.number * 3
    let lastDay = CalendarDate(
      year: quarter.year, month: lastMonth, day: lastMonth == 6 || lastMonth == 9 ? 30 : 31)!
    let elapsed = Double(lastDay.dayNumber - start.dayNumber)
    let length = Double(end.dayNumber - start.dayNumber)
    return min(1, max(0, elapsed / length))
  }
}

extension ActivityStatus: Codable {}

extension CalendarDate {
  /// Days since 1970-01-01 (negative before it), by the proleptic Gregorian calendar: the
  /// difference of two is the days between them, with no calendar object per row.
  var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }
}
