import ProsperityCompare
import ProsperityIndicators
import ProsperityModel

/// The budget flag of an activity's row, on the activities sheet and on its engine's sheet: why
/// the committee should look at its spending (overspent, ahead of its time), checked against the
/// thresholds of `settings.csv` at the quarter's end; `nil` for an activity not flagged.
struct ActivityBudgetFlag: Sendable {
  let flags: BudgetFlags
  let quarter: Quarter
  let language: Language

  init(_ report: QuarterReport, language: Language) {
    flags = BudgetFlags(thresholds: report.catalog.quality.settings.budget)
    quarter = report.quarter
    self.language = language
  }

  func text(_ activity: Activity) -> String? {
    guard
      let check = flags.check(
        planned: activity.budgetPlanned, spent: activity.budgetSpent, start: activity.start,
        end: activity.end, status: activity.status, quarter: quarter)
    else { return nil }
    return check.reasons.map { ReportText.budgetReason($0)(language) }.joined(separator: "; ")
  }
}
