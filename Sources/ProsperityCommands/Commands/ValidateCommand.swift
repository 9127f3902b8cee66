import ProsperityModel

/// `prosperity validate [QUARTER]`: checks the catalog and one quarter, or every quarter; writes
/// nothing.
package struct ValidateCommand {
  let context: CommandContext
  /// `nil` checks every quarter.
  let quarter: Quarter?

  /// A check of `quarter`, or of every quarter when `nil`.
  package init(_ context: CommandContext, quarter: Quarter?) {
    self.context = context
    self.quarter = quarter
  }

  /// Prints the diagnostics and their counts; 65 when any is an error.
  package func execute() -> ExitStatus {
    if let refused = context.preflight(quarter.map { [$0] } ?? [], writesReports: false) {
      return refused
    }
    if let quarter {
      guard let (report, _) = context.quarterReport(quarter) else { return .inputsMissing }
      context.report(report.diagnostics)
      context.summarize(errors: report.errorCount, warnings: report.warningCount)
      return report.errorCount > 0 ? .dataErrors : .ok
    }
    // Checking every quarter needs the activities' totals, not their rows.
    guard let pipeline = context.load(holdingActivities: { _ in 0 }) else { return .inputsMissing }
    let log = pipeline.logWithQualityChecks()
    context.report(log.entries)
    context.summarize(errors: log.errorCount, warnings: log.warningCount)
    return log.hasErrors ? .dataErrors : .ok
  }
}
