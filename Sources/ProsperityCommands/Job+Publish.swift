import Foundation
import ProsperityCompare
import ProsperityIndicators
import ProsperityModel
import ProsperityReports
import ProsperityStore

/// Writing a quarter's reports as a publication. Before the new reports replace the old, the
/// record of what was published is read back: a quarter that would lose most of an engine's
/// published values is refused, and every value that changed is a restatement (on stderr, in the
/// summary and on its own workbook sheet). The new record, the publication it restates and the
/// engine committees' workbooks are published with the reports, in the same folder exchange.
extension Job {
  /// Writes `report`'s files and its record; returns the paths written. `force` publishes even a
  /// quarter that would lose most of an engine's values.
  func publish(_ report: QuarterReport, of pipeline: Pipeline, to paths: ReportPaths, force: Bool)
    throws(OutputError) -> [String]
  {
    try publish(early: report, to: paths, force: force) { () throws(OutputError) in
      (report, pipeline)
    }
  }

  /// Writes the files and the record of the report that `final` gives (with its pipeline), the
  /// workbook's activities sheet meanwhile from `early`, the reported quarter alone.
  func publish(
    early: QuarterReport, to paths: ReportPaths, force: Bool,
    final: () throws(OutputError) -> (QuarterReport, Pipeline)
  ) throws(OutputError) -> [String] {
    let record = RecordPaths(paths, quarter: early.quarter)
    return try ReportWriter.write(
      early: early, language: options.language, to: paths
    ) { () throws(OutputError) in
      var (report, pipeline) = try final()
      var log = DiagnosticLog()
      let published = RecordReader.read(record, log: &log)
      self.report(log.entries)
      if !force, let published, let loss = EngineLoss(of: report, against: published) {
        throw OutputError(
          path: record.indicators, reason: JobText.notRepublished(loss)(options.language),
          isRefusal: true)
      }
      let restated = restatements(of: report, dataset: pipeline.dataset, published, record)
      report.restatements = restated.found
      say(restated.found)
      var extras = FolderExtras()
      let files = RecordWriter.files(
        report, dataset: pipeline.dataset, inputs: options.inputs, to: record)
      extras.files =
        files.map { (($0.path as NSString).lastPathComponent, $0.bytes) } + restated.superseded
      extras.workbooks = engineWorkbooks(report, pipeline, in: paths.folder)
      return (report, extras)
    }.written
  }

  /// The restatements a publication of `report` shows, with the files of the publication they
  /// restate, kept beside it (`superseded-…`) for as long as they are shown. Against the current
  /// record when anything changed since it (figures, or files they are made from); otherwise the
  /// current record still restates the publication it superseded, if any.
  func restatements(
    of report: QuarterReport, dataset: Dataset, _ published: PublicationRecord?,
    _ paths: RecordPaths
  ) -> (found: [Restatement], superseded: [(name: String, bytes: [UInt8])]) {
    guard let published else { return ([], []) }
    let finder = RestatementFinder(report: report, dataset: dataset, inputs: options.inputs)
    var found = finder.restatements(since: published)
    var restated = paths
    if found.isEmpty && !finder.sourcesChanged(since: published) {
      var log = DiagnosticLog()
      let before = RecordReader.read(paths.superseded, log: &log)
      self.report(log.entries)
      found = before.map { finder.restatements(since: $0) } ?? []
      restated = paths.superseded
    }
    guard !found.isEmpty else { return ([], []) }
    let kept = zip(paths.superseded.files, restated.files).compactMap { target, source in
      FileManager.default.contents(atPath: source).map {
        ((target as NSString).lastPathComponent, [UInt8]($0))
      }
    }
    return (found, kept)
  }

  /// Prints restatements on stderr (warnings, so not with `--quiet`).
  func say(_ restatements: [Restatement]) {
    for restatement in restatements where !options.quiet {
      console.err(restatement.rendered(options.language))
    }
  }

  /// The engine committees' workbooks in the quarter's folder, to be written again from `report`:
  /// those of engines the catalog still has (the others are left out).
  func engineWorkbooks(_ report: QuarterReport, _ pipeline: Pipeline, in folder: String)
    -> [(name: String, report: QuarterReport)]
  {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.sorted().compactMap { name in
      guard let id = ReportPaths.engine(ofWorkbookNamed: name, quarter: report.quarter),
        let engine = pipeline.dataset.catalog.engine(id)
      else { return nil }
      return (name, engineReport(engine, of: report, pipeline))
    }
  }

  /// One engine's share of `report`, with that engine's restatements.
  func engineReport(_ engine: Engine, of report: QuarterReport, _ pipeline: Pipeline)
    -> QuarterReport
  {
    var restricted = pipeline.restricted(to: engine).report(for: report.quarter)
    restricted.restatements = report.restatements.filter { $0.engine == engine.id }
    return restricted
  }
}
