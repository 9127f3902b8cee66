import ProsperityCompare
import ProsperityModel
import ProsperityReports
import ProsperityStore

/// `prosperity workbook QUARTER --engine ID`: the workbook of one engine's own committee (its
/// summary, sheet, localities, history, activities, data quality and definitions), written to
/// `--output` or to `Reports/QUARTER/committee-QUARTER-ENGINE.xlsx`, the latter published into the
/// quarter's folder by an exchange of the folder, as every report there is.
struct EngineWorkbookCommand {
  let context: CommandContext
  let engine: String
  let output: String?

  init(_ context: CommandContext, engine: String, output: String?) {
    self.context = context
    self.engine = engine
    self.output = output
  }

  /// Writes the workbook from `report`, the quarter's full report (the engine's restatements
  /// come from it) and the `pipeline` it was computed from.
  func execute(_ report: QuarterReport, _ pipeline: Pipeline) -> ExitStatus {
    let language = context.options.language
    let quarter = report.quarter
    // An unknown engine is a usage error, given before anything is created.
    guard let engine = pipeline.dataset.catalog.engine(engine) else {
      let known = pipeline.dataset.catalog.engines.map(\.id)
      context.console.err(
        "prosperity: error: \(JobText.unknownEngine(self.engine, known: known)(language))")
      return .usage
    }
    let lock: RunLock
    switch context.lockReports() {
    case .success(let held): lock = held
    case .failure(let refusal): return refusal.status
    }
    defer { withExtendedLifetime(lock) {} }
    // Compute the engine's share, with its restatements against the published record.
    let publisher = QuarterPublisher(context, force: false)
    var full = report
    let record = RecordPaths(reports: context.options.reports, quarter: quarter)
    var log = DiagnosticLog()
    let published = RecordReader.read(record, log: &log)
    full.restatements = publisher.restatements(
      of: report, dataset: pipeline.dataset, published, record
    )
    .found.filter { $0.engine == engine.id }
    let engineReport = publisher.engineReport(engine, of: full, pipeline)
    // Check.
    context.report(engineReport.diagnostics + log.entries)
    publisher.say(full.restatements)
    // Render and publish.
    let folder = QuarterFolder(
      ReportPaths(reports: context.options.reports, quarter: quarter).folder)
    let name = ReportPaths.engineWorkbookName(quarter, engine: engine.id)
    let path = output ?? "\(folder.path)/\(name)"
    do throws(OutputError) {
      if output != nil {
        try CommitteeWorkbook.write(engineReport, language: language, to: path)
      } else {
        try folder.prepare { $0 != name }
        do throws(OutputError) {
          try CommitteeWorkbook.write(engineReport, language: language, to: folder.staged(name))
          try folder.publish()
        } catch {
          folder.discard()
          throw error
        }
      }
    } catch {
      context.reportWriteFailure(error)
      return .cannotWrite
    }
    context.logWritten([path])
    return engineReport.errorCount > 0 ? .dataErrors : .ok
  }
}
