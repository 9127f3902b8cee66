import ProsperityCompare
import ProsperityIndicators
import ProsperityModel
import ProsperityReports
import ProsperityStore

/// The comparison of two quarters: the `compare` command, and the two comparisons `run` writes for
/// the latest quarter.
extension Job {
  /// Compares two quarters (in either order) and writes the comparison's workbook and text;
  /// `engine` narrows it to one engine, `output` names the files (default
  /// `Reports/compare/FIRST_vs_SECOND`).
  package func compare(
    _ first: Quarter, _ second: Quarter, engine: String? = nil, output: String? = nil
  ) -> ExitStatus {
    if let status = folderOptionProblem(writesReports: true) { return status }
    guard first != second else {
      console.err("prosperity: error: \(JobText.sameQuarter(first)(options.language))")
      return .usage
    }
    let needed = Set(
      [first, second].flatMap { $0.yearToDate + [$0.previous, $0.yearAgo] })
    let listed = WorkbookLimits.standard.activitiesPerEngineSheet
    guard
      let pipeline = load(
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
    let reports = [first, second].map { pipeline.report(for: $0) }
    var seen: Set<Diagnostic> = []
    report(reports.flatMap(\.diagnostics).filter { seen.insert($0).inserted })
    var builder = ComparisonBuilder(dataset: pipeline.dataset)
    builder.engine = engine
    var log = DiagnosticLog()
    for quarter in [first, second] {
      builder.records[quarter] = RecordReader.read(
        RecordPaths(reports: options.reports, quarter: quarter), log: &log)
    }
    report(log.entries)
    guard let comparison = compared(builder, reports[0], reports[1]) else { return .cannotWrite }
    let paths = ComparisonPaths(
      reports: options.reports, first: first, second: second, output: output)
    guard write(comparison, to: paths) else { return .cannotWrite }
    return reports.contains { $0.errorCount > 0 } ? .dataErrors : .ok
  }

  /// Writes the latest quarter's comparisons with the previous quarter and with the same quarter a
  /// year earlier, each where that quarter has a folder. Every quarter was just published again
  /// with today's catalog, so both sides are read with it.
  func writeLatestComparisons(_ pipeline: Pipeline) -> Bool {
    guard let latest = pipeline.dataset.reportedQuarters.last else { return true }
    let builder = ComparisonBuilder(dataset: pipeline.dataset)
    for earlier in [latest.previous, latest.yearAgo] {
      guard pipeline.dataset.quarters[earlier] != nil else {
        console.out(JobText.noComparison(earlier, latest)(options.language))
        continue
      }
      guard
        let comparison = compared(
          builder, pipeline.report(for: earlier), pipeline.report(for: latest))
      else { return false }
      let paths = ComparisonPaths(
        reports: options.reports, first: earlier, second: latest, output: nil)
      guard write(comparison, to: paths) else { return false }
    }
    return true
  }

  /// The comparison, or `nil` (reported) when an activity file changed while it was being read.
  private func compared(
    _ builder: ComparisonBuilder, _ first: QuarterReport, _ second: QuarterReport
  )
    -> QuarterComparison?
  {
    do {
      return try builder.compare(first, second)
    } catch let error as ActivitySourceChanged {
      reportWriteFailure(
        OutputError(path: error.path, reason: JobText.inputChanged(options.language)))
    } catch let error as SpoolFailed {
      reportWriteFailure(OutputError(path: error.path, reason: error.reason))
    } catch {
      reportWriteFailure(OutputError(path: options.reports, reason: "\(error)"))
    }
    return nil
  }

  private func write(_ comparison: QuarterComparison, to paths: ComparisonPaths) -> Bool {
    do {
      let written = try ComparisonWriter.write(
        comparison, language: options.language, to: paths)
      for path in written { logger.info("\(JobText.wrote(path)(options.language))") }
      return true
    } catch {
      reportWriteFailure(error)
      return false
    }
  }
}
