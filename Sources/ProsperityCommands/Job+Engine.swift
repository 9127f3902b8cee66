import ProsperityModel
import ProsperityReports
import ProsperityStore

/// `prosperity workbook QUARTER --engine ID`: the workbook of one engine's own committee.
extension Job {
  /// Writes only `engineID`'s workbook (its summary, sheet, localities, history, activities, data
  /// quality and definitions) to `output` or `Reports/QUARTER/committee-QUARTER-ENGINE.xlsx`.
  func engineWorkbook(
    _ engineID: String, _ quarter: Quarter, _ pipeline: Pipeline, output: String?
  ) -> ExitStatus {
    let language = options.language
    guard let engine = pipeline.dataset.catalog.engine(engineID) else {
      let known = pipeline.dataset.catalog.engines.map(\.id)
      console.err("prosperity: error: \(JobText.unknownEngine(engineID, known: known)(language))")
      return .usage
    }
    let report = pipeline.restricted(to: engine).report(for: quarter)
    self.report(report.diagnostics)
    let folder = ReportPaths(reports: options.reports, quarter: quarter).folder
    let path = output ?? "\(folder)/committee-\(quarter)-\(engine.id).xlsx"
    do {
      try CommitteeWorkbook.write(report, language: language, to: path)
    } catch {
      reportWriteFailure(error)
      return .cannotWrite
    }
    logger.info("\(JobText.wrote(path)(language))")
    return report.errorCount > 0 ? .dataErrors : .ok
  }
}
