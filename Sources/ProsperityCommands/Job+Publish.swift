import ProsperityCompare
import ProsperityIndicators
import ProsperityModel
import ProsperityReports
import ProsperityStore

/// Writing a quarter's reports as a publication: before the new reports replace the old, the
/// record of what was published is read back and every value that changed since is reported as a
/// restatement (on stderr, in the summary and on its own workbook sheet); after them, the record is
/// written again for the next run.
extension Job {
  /// Writes `report`'s files and its record; returns the paths written.
  func publish(_ report: QuarterReport, of dataset: Dataset, to paths: ReportPaths)
    throws(OutputError) -> [String]
  {
    try publish(early: report, to: paths) { () throws(OutputError) in (report, dataset) }
  }

  /// Writes the files and the record of the report that `final` gives (with its dataset), the
  /// workbook's activities sheet meanwhile from `early`, the reported quarter alone.
  func publish(
    early: QuarterReport, to paths: ReportPaths,
    final: () throws(OutputError) -> (QuarterReport, Dataset)
  ) throws(OutputError) -> [String] {
    let record = RecordPaths(paths, quarter: early.quarter)
    var dataset: Dataset?
    let result = try ReportWriter.write(
      early: early, language: options.language, to: paths
    ) { () throws(OutputError) in
      var (report, full) = try final()
      dataset = full
      report.restatements = restatements(of: report, dataset: full, record: record)
      return report
    }
    // The workbook's second stage always asks for the full report before it is written.
    guard let dataset else { return result.written }
    return try result.written
      + RecordWriter.write(result.report, dataset: dataset, inputs: options.inputs, to: record)
  }

  private func restatements(of report: QuarterReport, dataset: Dataset, record paths: RecordPaths)
    -> [Restatement]
  {
    var log = DiagnosticLog()
    let record = RecordReader.read(paths, log: &log)
    self.report(log.entries)
    guard let record else { return [] }
    let found = RestatementFinder(report: report, dataset: dataset, inputs: options.inputs)
      .restatements(since: record)
    for restatement in found where !options.quiet {
      console.err(restatement.rendered(options.language))
    }
    return found
  }
}
