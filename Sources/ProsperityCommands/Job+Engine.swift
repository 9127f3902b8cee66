import ProsperityCompare
import ProsperityModel
import ProsperityReports
import ProsperityStore

/// `prosperity workbook QUARTER --engine ID`: the workbook of one engine's own committee.
extension Job {
  /// Writes only `engineID`'s workbook (its summary, sheet, localities, history, activities, data
  /// quality and definitions) to `output` or `Reports/QUARTER/committee-QUARTER-ENGINE.xlsx`, the
  /// latter published into the quarter's folder by an exchange of the folder, as every report
  /// there is. `report` is the quarter's full report: the engine's restatements come from it.
  func engineWorkbook(
    _ engineID: String, _ report: QuarterReport, _ pipeline: Pipeline, output: String?
  ) -> ExitStatus {
    let language = options.language
    let quarter = report.quarter
    guard let engine = pipeline.dataset.catalog.engine(engineID) else {
      let known = pipeline.dataset.catalog.engines.map(\.id)
      console.err("prosperity: error: \(JobText.unknownEngine(engineID, known: known)(language))")
      return .usage
    }
    var full = report
    let record = RecordPaths(reports: options.reports, quarter: quarter)
    var log = DiagnosticLog()
    let published = RecordReader.read(record, log: &log)
    full.restatements = restatements(of: report, dataset: pipeline.dataset, published, record)
      .found.filter { $0.engine == engine.id }
    let engineReport = engineReport(engine, of: full, pipeline)
    self.report(engineReport.diagnostics + log.entries)
    say(full.restatements)
    let folder = QuarterFolder(ReportPaths(reports: options.reports, quarter: quarter).folder)
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
      reportWriteFailure(error)
      return .cannotWrite
    }
    logger.info("\(JobText.wrote(path)(language))")
    return engineReport.errorCount > 0 ? .dataErrors : .ok
  }
}
