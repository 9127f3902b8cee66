/// Writing a quarter's reports as a publication: before the new reports replace the old, the
/// record of what was published is read back and every value that changed since is reported as a
/// restatement (on stderr, in the summary and on its own workbook sheet); after them, the record is
/// written again for the next run.
extension Job {
  /// Writes `report`'s files and its record; returns the paths written.
  func publish(_ report: QuarterReport, of dataset: Dataset, to paths: ReportPaths)
    throws(OutputError) -> [String]
  {
    let record = RecordPaths(paths, quarter: report.quarter)
    var report = report
    report.restatements = restatements(of: report, dataset: dataset, record: record)
    var written = try ReportWriter.write(report, language: options.language, to: paths)
    written += try RecordWriter.write(report, dataset: dataset, inputs: options.inputs, to: record)
    return written
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
