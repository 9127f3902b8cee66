import ProsperityCompare
import ProsperityIndicators
import ProsperityModel

/// The summary's budget flags: activities that spent more than planned or whose spending runs
/// ahead of their time, engine by engine (the first ``BudgetFlags/held`` of each file, then how
/// many more).
enum BudgetFlagSection {
  static func lines(_ report: QuarterReport, _ language: Language) -> [String] {
    let thresholds = report.catalog.quality.settings.budget
    var table = TextTable()
    var unlisted = 0
    for engine in report.catalog.engines {
      guard let flags = report.quality.budgetFlags[engine.id] else { continue }
      for flag in flags.listed {
        table.add([
          flag.reasons.map { ReportText.budgetReason($0)(language) }.joined(separator: ", "),
          flag.activityID, flag.title, engine.name(language), figures(flag, language),
        ])
      }
      unlisted += flags.unlisted
    }
    let rule = "  " + ReportText.budgetRule(thresholds)(language)
    guard !table.rows.isEmpty else { return [rule, "  " + ReportText.noBudgetFlags(language)] }
    let more = unlisted > 0 ? ["  " + ReportText.moreBudgetFlags(unlisted)(language)] : []
    return [rule] + table.render() + more
  }

  /// What was spent of what was planned, and how much of the activity's time has gone.
  private static func figures(_ flag: BudgetFlag, _ language: Language) -> String {
    var parts = [
      ReportText.spentOfPlanned(
        DisplayNumber.format(flag.spent, unit: .ils),
        DisplayNumber.format(flag.planned, unit: .ils),
        flag.spentShare.map(DisplayNumber.percent))(language)
    ]
    if flag.reasons.contains(.aheadOfTime), let elapsed = flag.elapsedShare, let end = flag.end {
      parts.append(
        ReportText.timeElapsed(DisplayNumber.percent(elapsed), end: end.description)(language))
    }
    return parts.joined(separator: "; ")
  }
}
