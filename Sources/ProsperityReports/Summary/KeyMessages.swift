import ProsperityCompare
import ProsperityIndicators
import ProsperityModel

/// The three to five sentences a chair opens the meeting with, generated from the report alone so
/// the same inputs always give the same words: the status counts against last quarter, the largest
/// moves from a year ago, the reds without an explanation, what was not handed in, and the
/// year-end outlook. Page 1 of the workbook and the text summary both open with them.
package enum KeyMessages {
  /// How many indicators the year-on-year sentence names.
  static let moverCount = 3

  /// Three to five sentences a chair can open the meeting with, from the report alone.
  package static func of(_ report: QuarterReport) -> [LocalizedText] {
    var messages = [statusCounts(report), yearOnYear(report), unexplained(report)]
    if let missing = missingInputs(report) { messages.append(missing) }
    if let outlook = outlook(report) { messages.append(outlook) }
    return messages
  }

  /// Red, amber and green (grey where any), now and in the quarter before when the inputs hold it.
  static func statusCounts(_ report: QuarterReport) -> LocalizedText {
    let now = report.results.map(\.status)
    let previousQuarter = report.quarter.previous
    let before: [Status]? =
      report.history.quarters.contains(previousQuarter)
      ? report.results.compactMap {
        report.history.result($0.indicator.id, in: previousQuarter)?.status
      } : nil
    let shown: [Status] =
      [.red, .amber, .green]
      + (now.contains(.grey) || before?.contains(.grey) == true ? [.grey] : [])
    let count = { (statuses: [Status]) in
      shown.map { status in (status, statuses.filter { $0 == status }.count) }
    }
    return ReportText.statusCounts(
      total: now.count, counts: count(now),
      previous: before.map { (previousQuarter, count($0)) })
  }

  /// The indicators whose quarter value moved most, relatively, from the same quarter a year ago
  /// (rates, which move in points, left out); ties keep the catalog's order.
  static func yearOnYear(_ report: QuarterReport) -> LocalizedText {
    let moved = report.results.compactMap { result -> (IndicatorResult, Double)? in
      // A rate moves in points, which a relative ranking would misstate (12.5% → 25% is +100%).
      guard result.indicator.unit != .percent, let change = result.changeFromYearAgo,
        change.absolute != 0, let relative = change.relative
      else { return nil }
      return (result, abs(relative))
    }
    let largest = moved.enumerated()
      .sorted { ($0.element.1, $1.offset) > ($1.element.1, $0.offset) }
      .prefix(moverCount).map(\.element.0)
    guard !largest.isEmpty else { return ReportText.noYearOnYear }
    return ReportText.yearOnYearMovers(
      largest.map {
        (
          $0.indicator.name,
          ChangeDisplay.text($0.changeFromYearAgo, unit: $0.indicator.unit)
        )
      })
  }

  static func unexplained(_ report: QuarterReport) -> LocalizedText {
    ReportText.unexplainedReds(
      report.unexplainedRed.count, of: report.results.filter { $0.status == .red }.count)
  }

  /// The files not handed in and the measures without a value this quarter; `nil` where the
  /// completeness check did not run.
  static func missingInputs(_ report: QuarterReport) -> LocalizedText? {
    let current = report.quality.current
    guard !current.isEmpty else { return nil }
    let files = current.filter { $0.kpiFile == nil || $0.activitiesFile == nil }.map { row in
      (
        engine: report.catalog.engine(row.engine)?.name ?? .verbatim(row.engine),
        kpi: row.kpiFile == nil, activities: row.activitiesFile == nil
      )
    }
    // A missing KPI file already says its measures are missing.
    let measures = current.filter { $0.kpiFile != nil }.reduce(0) { $0 + $1.missing.count }
    return ReportText.missingInputs(files: files, measures: measures)
  }

  /// How many projected indicators are at risk of missing their annual target; `nil` without one.
  static func outlook(_ report: QuarterReport) -> LocalizedText? {
    let statuses = report.results.compactMap { $0.outlook?.status }
    guard !statuses.isEmpty else { return nil }
    return ReportText.outlookAtRisk(
      statuses.filter { $0 == .atRisk }.count, of: statuses.count)
  }
}
