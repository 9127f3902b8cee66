import ProsperityModel
import ProsperityReports

/// `prosperity summary QUARTER`: the quarter's text summary on standard output; writes nothing.
package struct SummaryCommand {
  let context: CommandContext
  let quarter: Quarter

  /// The summary of `quarter`, in `context`'s language.
  package init(_ context: CommandContext, quarter: Quarter) {
    self.context = context
    self.quarter = quarter
  }

  /// Prints the diagnostics on standard error and the summary on standard output; 65 when the
  /// quarter has data errors.
  package func execute() -> ExitStatus {
    if let refused = context.preflight([quarter], writesReports: false) { return refused }
    // Load and compute.
    guard let (report, _) = context.quarterReport(quarter) else { return .inputsMissing }
    // Check.
    context.report(report.diagnostics)
    // Render, to standard output.
    context.console.out(TextSummary.render(report, language: context.options.language))
    return report.errorCount > 0 ? .dataErrors : .ok
  }
}
