import ProsperityCompare
import ProsperityIndicators
import ProsperityModel

/// The plain-text summary for the committee e-mail: the key messages of page 1 of the workbook,
/// then per engine its headline indicators (with the basis of each attainment and the changes
/// from last quarter and a year ago), the year-end outlook, what moved most since last quarter,
/// delayed and flagged activities and data problems.
package enum TextSummary {
  /// How many indicators the "what moved" section lists, and how many diagnostics it quotes.
  static let moverCount = 5
  static let quotedDiagnostics = 10

  /// The quarter's plain-text summary in `language`.
  package static func render(_ report: QuarterReport, language: Language) -> String {
    let t = { (text: LocalizedText) in text(language) }
    var lines = [
      t(ReportText.cluster), t(ReportText.quarterlyReport(report.quarter)),
      String(repeating: "=", count: 60),
      "", "■ " + t(ReportText.keyMessages),
    ]
    lines += KeyMessages.of(report).map { "  • " + $0(language) }
    for engine in report.catalog.engines {
      lines += ["", "■ " + engine.name(language)]
      var table = TextTable()
      table.add([
        t(ReportText.indicator), t(ReportText.value), t(ReportText.yearToDate),
        t(ReportText.target), t(ReportText.expected), t(ReportText.basis),
        t(ReportText.attainment), t(ReportText.statusHeading), t(ReportText.versusPrevious),
        t(ReportText.versusYearAgo),
      ])
      var notes: [String] = []
      for result in report.results(of: engine.id) where result.indicator.isHeadline {
        let unit = result.indicator.unit
        let show = { (value: Double?) in value.map { DisplayNumber.format($0, unit: unit) } ?? "—" }
        let partial = result.isPartial ? " (\(t(ReportText.partial)))" : ""
        table.add([
          result.indicator.name(language), show(result.value.value),
          show(result.yearToDate.value) + partial, target(result, show),
          show(result.expected), result.basis.map { $0.label(language) } ?? "—",
          result.attainment.map(DisplayNumber.percent) ?? "—",
          ReportText.statusSymbol(result.status) + " " + result.status.label(language),
          ChangeDisplay.text(result.changeFromPrevious, unit: unit)(language),
          ChangeDisplay.text(result.changeFromYearAgo, unit: unit)(language),
        ])
        if let reason = result.phasingNote {
          notes.append("  " + ReportText.seasonalFallback(result.indicator.name, reason)(language))
        }
      }
      lines += table.render() + notes
      lines.append(
        "  "
          + activityLine(
            report.activities(of: engine.id), report: report, engine: engine.id, language))
      lines += ReportedMeasuresLines.unused(report, engine: engine.id, language)
    }
    lines += ["", "■ " + t(ReportText.outlookHeading)]
    lines += OutlookSection.lines(report, language)
    lines += ["", "■ " + t(ReportText.movers)]
    lines += movers(report, language)
    lines += ["", "■ " + t(ReportText.delayedActivities)]
    lines += delayed(report, language)
    lines += ["", "■ " + t(ReportText.budgetFlagsHeading)]
    lines += BudgetFlagSection.lines(report, language)
    lines += ["", "■ " + t(ReportText.dataProblems)]
    lines += problems(report, language)
    lines += QualitySummary.render(report, language: language)
    lines += RestatementSection.lines(report, language)
    return lines.joined(separator: "\n") + "\n"
  }

  /// The target, with its quarter when it was set for the quarter itself rather than the year.
  private static func target(_ result: IndicatorResult, _ show: (Double?) -> String) -> String {
    guard case .quarter(let quarter) = result.targetPeriod else { return show(result.target) }
    return show(result.target) + " (\(quarter))"
  }

  private static func activityLine(
    _ activities: ActivityList, report: QuarterReport, engine: String, _ language: Language
  ) -> String {
    let counts = ActivityStatus.allCases.compactMap { status -> String? in
      let count = activities.count(status)
      return count == 0 ? nil : "\(status.label(language)) \(count)"
    }
    var line = "\(ReportText.activities(language)): \(activities.count)"
    if !counts.isEmpty { line += " (" + counts.joined(separator: ", ") + ")" }
    let totals = report.engines[engine]?.activityMeasures ?? [:]
    if let spent = totals[ActivityMeasure.budgetSpent.id]?.value,
      let planned = totals[ActivityMeasure.budgetPlanned.id]?.value, planned > 0
    {
      line +=
        " · \(ReportText.budgetExecution(language)): \(DisplayNumber.percent(spent / planned))"
    }
    return line
  }

  private static func movers(_ report: QuarterReport, _ language: Language) -> [String] {
    let moved = report.results.compactMap { result -> (IndicatorResult, Change, Double)? in
      guard let change = result.changeFromPrevious, let relative = change.relative,
        change.absolute != 0
      else { return nil }
      return (result, change, relative)
    }
    .sorted { abs($0.2) > abs($1.2) }
    .prefix(moverCount)
    guard !moved.isEmpty else { return ["  " + ReportText.noMovers(language)] }
    var table = TextTable()
    table.add([
      "", ReportText.indicator(language), ReportText.engine(language),
      ReportText.movedFromTo(language), ReportText.versusPrevious(language),
      ReportText.versusYearAgo(language),
    ])
    for (result, change, _) in moved {
      let unit = result.indicator.unit
      let better = (change.absolute > 0) == (result.indicator.direction == .up)
      table.add([
        better ? "▲" : "▼",
        result.indicator.name(language),
        report.catalog.engine(result.indicator.engine)?.name(language) ?? result.indicator.engine,
        (result.previous.value.map { DisplayNumber.format($0, unit: unit) } ?? "") + " → "
          + (result.value.value.map { DisplayNumber.format($0, unit: unit) } ?? ""),
        ChangeDisplay.text(change, unit: unit)(language),
        ChangeDisplay.text(result.changeFromYearAgo, unit: unit)(language),
      ])
    }
    return table.render()
  }

  private static func delayed(_ report: QuarterReport, _ language: Language) -> [String] {
    var table = TextTable()
    var unlisted = 0
    for engine in report.catalog.engines {
      let activities = report.activities(of: engine.id)
      for activity in activities.delayed.prefix(ActivityList.delayedHeld) {
        table.add([activity.id, activity.title, engine.name(language), activity.lead])
      }
      unlisted += activities.delayedCount - min(activities.delayed.count, ActivityList.delayedHeld)
    }
    guard !table.rows.isEmpty else { return ["  " + ReportText.noDelayedActivities(language)] }
    let more = unlisted > 0 ? ["  " + ReportText.moreDelayedActivities(unlisted)(language)] : []
    return table.render() + more
  }

  private static func problems(_ report: QuarterReport, _ language: Language) -> [String] {
    guard !report.diagnostics.isEmpty else { return ["  " + ReportText.noDataProblems(language)] }
    let sorted =
      report.diagnostics.filter { $0.severity == .error }
      + report.diagnostics.filter { $0.severity == .warning }
    var lines = [
      "  "
        + ReportText.problemCounts(errors: report.errorCount, warnings: report.warningCount)(
          language)
    ]
    lines += sorted.prefix(quotedDiagnostics).map { "  " + $0.rendered(in: language) }
    if sorted.count > quotedDiagnostics {
      lines.append("  " + ReportText.moreProblems(sorted.count - quotedDiagnostics)(language))
    }
    return lines
  }
}
