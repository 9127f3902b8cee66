import ProsperityModel
import ProsperityStore

/// `prosperity workbook QUARTER`: writes and publishes one quarter's reports (the committee
/// workbook, the summary, the indicators CSV and the record), or with `--engine` one engine
/// committee's workbook.
package struct WorkbookCommand {
  let context: CommandContext
  let quarter: Quarter
  /// Where the workbook goes instead of the quarter's folder.
  let output: String?
  /// Only this engine's committee workbook.
  let engine: String?
  /// Publish even a quarter that would lose most of an engine's published values.
  let force: Bool

  /// The reports of `quarter`: the workbook at `output` when given, only `engine`'s committee
  /// workbook when given, published even at a loss of values when `force`.
  package init(
    _ context: CommandContext, quarter: Quarter, output: String? = nil, engine: String? = nil,
    force: Bool = false
  ) {
    self.context = context
    self.quarter = quarter
    self.output = output
    self.engine = engine
    self.force = force
  }

  /// Loads, computes, checks and publishes under the lock; returns the exit status (65 when the
  /// quarter has data errors, its reports still written).
  package func execute() -> ExitStatus {
    if let refused = context.preflight([quarter], writesReports: true) { return refused }
    let folder = ReportPaths(reports: context.options.reports, quarter: quarter)
    let own = engine.map {
      "\(folder.folder)/\(ReportPaths.engineWorkbookName(quarter, engine: $0))"
    }
    var output = output
    if let path = output {
      if let refused = context.refuseOutput(path, writing: [path], own: [own ?? folder.workbook]) {
        return refused
      }
      // Its own place, however spelled, is no `--output`: the folder exchange writes it.
      if OutputPlaces.resolved(path) == OutputPlaces.resolved(own ?? folder.workbook) {
        output = nil
      }
    }
    // A quarter large enough to stream writes its activities sheet while the earlier quarters
    // are read (Speed/OverlappedWorkbook.swift); what it declines, the ordinary path does.
    if engine == nil,
      let status = OverlappedWorkbook(context, quarter: quarter, output: output, force: force)
        .execute()
    {
      return status
    }
    // Load and compute.
    guard let (report, pipeline) = context.quarterReport(quarter) else { return .inputsMissing }
    if let engine {
      return EngineWorkbookCommand(context, engine: engine, output: output)
        .execute(report, pipeline)
    }
    // Check, render and publish, under the lock.
    let lock: RunLock
    switch context.lockReports() {
    case .success(let held): lock = held
    case .failure(let refusal): return refusal.status
    }
    defer { withExtendedLifetime(lock) {} }
    context.report(report.diagnostics)
    let paths = ReportPaths(reports: context.options.reports, quarter: quarter, workbook: output)
    switch QuarterPublisher(context, force: force).write(report, of: pipeline, to: paths) {
    case .published: return report.errorCount > 0 ? .dataErrors : .ok
    case .failed(let status): return status
    }
  }
}
