import Dispatch
import Foundation
import ProsperityCompare
import ProsperityIndicators
import ProsperityInput
import ProsperityModel
import ProsperityReports
import ProsperityStore
import ProsperitySupport

/// `prosperity workbook QUARTER` of a quarter large enough to stream: the activities sheet, which
/// needs the reported quarter alone, is written while the earlier quarters are read on the other
/// core, instead of after them. Every committee workbook is written in this order (the
/// activities sheet first), so this path writes the same bytes as the ordinary one.
struct OverlappedWorkbook {
  /// A quarter folder smaller than this cannot hold enough activities to stream the workbook, so
  /// reading its quarter twice would only cost time.
  static let overlapFolderBytes = 1 << 20

  let context: CommandContext
  let quarter: Quarter
  let output: String?
  let force: Bool
  /// Tests lower these to take this path on small inputs.
  let minimumBytes: Int
  let limits: WorkbookLimits

  init(
    _ context: CommandContext, quarter: Quarter, output: String?, force: Bool = false,
    minimumBytes: Int = overlapFolderBytes, limits: WorkbookLimits = .standard
  ) {
    self.context = context
    self.quarter = quarter
    self.output = output
    self.force = force
    self.minimumBytes = minimumBytes
    self.limits = limits
  }

  /// Writes `quarter`'s reports with the earlier quarters read beside the activities sheet;
  /// `nil` when the quarter is too small for it to pay (or cannot be read alone), for the
  /// ordinary path to do everything, diagnostics included.
  func execute() -> ExitStatus? {
    let options = context.options
    guard quarterFolderBytes() >= minimumBytes else { return nil }
    // The reported quarter alone: its catalog and activity lists are all the activities sheet
    // reads. Its digests, recorded here, spare the full reading below a second parse. What it
    // cannot read, the ordinary path reports.
    guard
      let alone = try? Pipeline.load(
        inputs: options.inputs, including: { $0 == quarter },
        holdingActivities: CommandContext.reading(for: quarter).hold,
        cache: ActivityDigestCache(reports: options.reports)),
      alone.dataset.quarters[quarter] != nil
    else { return nil }
    let early = alone.report(for: quarter)
    guard WorkbookPlan.streamsActivities(early, limits: limits) else { return nil }
    let lock: RunLock
    switch context.lockReports() {
    case .success(let held): lock = held
    case .failure(let refusal): return refusal.status
    }
    defer { withExtendedLifetime(lock) {} }
    // The earlier quarters are read at the lowest priority: on the core the activities sheet's
    // writer leaves idle, never slowing it down.
    let full = BackgroundResult { [self] in
      lowerPriority()
      return fullReport()
    }
    defer { _ = full.wait() }
    let paths = ReportPaths(reports: options.reports, quarter: quarter, workbook: output)
    var errors = 0
    do {
      let written = try QuarterPublisher(context, force: force).publish(early: early, to: paths) {
        () throws(OutputError) in
        let (report, pipeline) = try finalReport(full.wait(), agreeingWith: early)
        errors = report.errorCount
        context.report(report.diagnostics)
        return (report, pipeline)
      }
      context.logPublished(written)
    } catch {
      return context.reportPublishFailure(error)
    }
    return errors > 0 ? .dataErrors : .ok
  }

  /// The full reading's thread at the lowest priority. Were that refused, the reading would only
  /// compete with the writer at normal priority: said at debug level, and the run goes on.
  private func lowerPriority() {
    do {
      try ThreadPriority.lower(to: 19)
    } catch {
      context.logger.debug("\(error)")
    }
  }

  /// The full reading's report, provided it read the same files for the quarter (and the same
  /// catalog) as the reading the activities sheet was written from; otherwise the file that
  /// changed in between is named and nothing is published.
  func finalReport(
    _ full: Result<(QuarterReport, Pipeline), OutputError>, agreeingWith early: QuarterReport
  ) throws(OutputError) -> (QuarterReport, Pipeline) {
    let (report, pipeline) = try full.get()
    let before = Dictionary(early.files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
    let after = Dictionary(report.files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
    if let changed = Set(before.keys).union(after.keys).sorted().first(where: {
      before[$0] != after[$0]
    }) {
      throw OutputError(path: changed, reason: JobText.inputChanged(context.options.language))
    }
    return (report, pipeline)
  }

  /// ``CommandContext/quarterReport(_:)`` as a result: a failure names what vanished since the
  /// quarter was read alone, since that reading found it.
  func fullReport() -> Result<(QuarterReport, Pipeline), OutputError> {
    let options = context.options
    let (include, hold) = CommandContext.reading(for: quarter)
    let changed = JobText.inputChanged(options.language)
    let pipeline: Pipeline
    do {
      pipeline = try Pipeline.load(
        inputs: options.inputs, including: include, holdingActivities: hold,
        cache: ActivityDigestCache(reports: options.reports))
    } catch {
      return .failure(OutputError(path: error.path, reason: changed))
    }
    guard pipeline.dataset.quarters[quarter] != nil else {
      return .failure(OutputError(path: options.inputs + "/\(quarter)", reason: changed))
    }
    return .success((pipeline.report(for: quarter), pipeline))
  }

  /// The bytes of the files in `quarter`'s input folder (any accepted spelling of its name).
  private func quarterFolderBytes() -> Int {
    let options = context.options
    var log = DiagnosticLog()
    let folders = InputsLoader.quarterFolders(in: options.inputs, log: &log)
    guard let folder = folders.first(where: { $0.0 == quarter })?.1 else { return 0 }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.reduce(0) { total, name in
      let path = (folder as NSString).appendingPathComponent(name)
      let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
      return total + (size ?? 0)
    }
  }
}
