import Foundation
import ProsperityCompare
import ProsperityIndicators
import ProsperityInput
import ProsperityModel
import ProsperityReports
import ProsperityStore

/// Writing a quarter's reports as a publication. Before the new reports replace the old, the
/// record of what was published is read back: a quarter that would lose most of an engine's
/// published values is refused, and every value that changed is a restatement (on stderr, in the
/// summary and on its own workbook sheet). The new record, the publication it restates and the
/// engine committees' workbooks are published with the reports, in the same folder exchange.
struct QuarterPublisher {
  let context: CommandContext
  /// Publish even a quarter that would lose most of an engine's published values.
  let force: Bool
  /// Which engines' committee packs (workbook and text summary) the folder publishes.
  let enginePacks: EnginePacks

  /// `run` writes every engine's pack with its quarter; a quarter written by hand rebuilds those
  /// its folder holds, so none is left stale beside the new reports.
  enum EnginePacks {
    case everyEngine
    case thoseInTheFolder
  }

  init(_ context: CommandContext, force: Bool, enginePacks: EnginePacks = .thoseInTheFolder) {
    self.context = context
    self.force = force
    self.enginePacks = enginePacks
  }

  enum Outcome {
    /// The paths written.
    case published([String])
    /// Nothing published, with the exit status (already explained on stderr).
    case failed(ExitStatus)
  }

  /// Publishes `report`'s files and its record, and logs what was written.
  func write(_ report: QuarterReport, of pipeline: Pipeline, to paths: ReportPaths) -> Outcome {
    do {
      let published = try publish(early: report, to: paths) { () throws(OutputError) in
        (report, pipeline)
      }
      context.logPublished(published)
      return .published(published.paths)
    } catch {
      return .failed(context.reportPublishFailure(error))
    }
  }

  /// Writes the files and the record of the report that `final` gives (with its pipeline), the
  /// workbook's activities sheet meanwhile from `early`, the reported quarter alone.
  func publish(
    early: QuarterReport, to paths: ReportPaths,
    final: () throws(OutputError) -> (QuarterReport, Pipeline)
  ) throws(OutputError) -> FolderPublication {
    try QuarterFolderWriter.write(early: early, language: context.options.language, to: paths) {
      (folder: QuarterFolder) throws(OutputError) in
      let (report, pipeline) = try final()
      return try completed(report, pipeline, paths: paths, folder: folder)
    }.published
  }

  /// The full report as it is published, with what the folder publishes beside it: checked
  /// against the published record (refused when an engine would lose most of its values), its
  /// restatements found and said, the new record and the engine committees' packs (those
  /// unchanged carried into `folder` as they are).
  private func completed(
    _ full: QuarterReport, _ pipeline: Pipeline, paths: ReportPaths, folder: QuarterFolder
  ) throws(OutputError) -> (QuarterReport, FolderExtras) {
    var report = full
    let record = RecordPaths(paths, quarter: report.quarter)
    var log = DiagnosticLog()
    let published = RecordReader.read(record, log: &log)
    context.report(log.entries)
    if !force, let published, let loss = EngineLoss(of: report, against: published) {
      throw OutputError(
        path: record.indicators, reason: JobText.notRepublished(loss)(context.options.language),
        isRefusal: true)
    }
    let restated = restatements(of: report, dataset: pipeline.dataset, published, record)
    report.restatements = restated.found
    say(restated.found)
    var extras = FolderExtras()
    let files = RecordWriter.files(
      report, dataset: pipeline.dataset, inputs: context.options.inputs, to: record)
    extras.files =
      files.map { (($0.path as NSString).lastPathComponent, $0.bytes) } + restated.superseded
    let basis = PackBasis.of(
      extras.files, indicators: IndicatorsCSV.render(report), dataset: pipeline.dataset,
      through: report.quarter, inputs: context.options.inputs, language: context.options.language)
    try addPacks(of: report, pipeline, basis: basis, in: folder, to: &extras)
    return (report, extras)
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
    let finder = RestatementFinder(
      report: report, dataset: dataset, inputs: context.options.inputs)
    var found = finder.restatements(since: published)
    var restated = paths
    if found.isEmpty && !finder.sourcesChanged(since: published) {
      var log = DiagnosticLog()
      let before = RecordReader.read(paths.superseded, log: &log)
      context.report(log.entries)
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
    for restatement in restatements where !context.options.quiet {
      context.console.err(restatement.rendered(context.options.language))
    }
  }
}
