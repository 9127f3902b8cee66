import ProsperityCompare
import ProsperityModel
import ProsperityReports
import ProsperityStore

/// `prosperity compare A B`: compares two quarters (in either order) and writes the comparison's
/// workbook and text; `engine` narrows it to one engine, `output` names the files (default
/// `Reports/compare/FIRST_vs_SECOND`).
package struct CompareCommand {
  let context: CommandContext
  let first: Quarter
  let second: Quarter
  let engine: String?
  let output: String?

  /// The comparison of `first` and `second` (in either order), of every engine or only `engine`,
  /// written to `output` when given.
  package init(
    _ context: CommandContext, _ first: Quarter, _ second: Quarter, engine: String? = nil,
    output: String? = nil
  ) {
    self.context = context
    self.first = first
    self.second = second
    self.engine = engine
    self.output = output
  }

  /// Loads, compares and publishes under the lock; the exit status says how it went (65 when
  /// either quarter has data errors, the files still written).
  package func execute() -> ExitStatus {
    let options = context.options
    let console = context.console
    if let refused = context.preflight([first, second], writesReports: true) { return refused }
    let paths = ComparisonPaths(
      reports: options.reports, first: first, second: second, output: output)
    if let output {
      let own = ComparisonPaths(reports: options.reports, first: first, second: second, output: nil)
      if let refused = context.refuseOutput(
        output, writing: [paths.workbook, paths.text], own: [own.workbook, own.text])
      {
        return refused
      }
    }
    guard first != second else {
      console.err("prosperity: error: \(JobText.sameQuarter(first)(options.language))")
      return .usage
    }
    let needed = Set(
      [first, second].flatMap { $0.yearToDate + [$0.previous, $0.yearAgo] })
    let listed = WorkbookLimits.standard.activitiesPerEngineSheet
    guard
      let pipeline = context.load(
        including: { needed.contains($0) },
        holdingActivities: { $0 == first || $0 == second ? listed : 0 })
    else { return .inputsMissing }
    for quarter in [first, second] where pipeline.dataset.quarters[quarter] == nil {
      let folder = options.inputs + "/" + quarter.description
      console.err("\(folder): error: \(JobText.quarterMissing(quarter)(options.language))")
      return .inputsMissing
    }
    let catalog = pipeline.dataset.catalog
    if let engine, catalog.engine(engine) == nil {
      let known = catalog.engines.map(\.id)
      console.err("prosperity: error: \(JobText.unknownEngine(engine, known)(options.language))")
      return .usage
    }
    // Like every command that writes reports it holds the lock: a run starting meanwhile would
    // sweep its temporary files in the reports folder as a killed run's leftovers.
    let lock: RunLock
    switch context.lockReports() {
    case .success(let held): lock = held
    case .failure(let refusal): return refusal.status
    }
    defer { withExtendedLifetime(lock) {} }
    let reports = [first, second].map { pipeline.report(for: $0) }
    var seen: Set<Diagnostic> = []
    context.report(reports.flatMap(\.diagnostics).filter { seen.insert($0).inserted })
    var builder = ComparisonBuilder(dataset: pipeline.dataset)
    builder.engine = engine
    var log = DiagnosticLog()
    for quarter in [first, second] {
      builder.records[quarter] = RecordReader.read(
        RecordPaths(reports: options.reports, quarter: quarter), log: &log)
    }
    context.report(log.entries)
    let publisher = ComparisonPublisher(context)
    guard let comparison = publisher.compared(builder, reports[0], reports[1]) else {
      return .cannotWrite
    }
    guard publisher.write(comparison, to: paths) else { return .cannotWrite }
    return reports.contains { $0.errorCount > 0 } ? .dataErrors : .ok
  }
}
