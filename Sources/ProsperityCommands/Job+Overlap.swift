import CFileSystem
import Dispatch
import Foundation
import ProsperityCompare
import ProsperityIndicators
import ProsperityInput
import ProsperityModel
import ProsperityReports
import ProsperityStore

/// `prosperity workbook QUARTER` of a quarter large enough to stream: the activities sheet, which
/// needs the reported quarter alone, is written while the earlier quarters are read on the other
/// core, instead of after them.
extension Job {
  /// A quarter folder smaller than this cannot hold enough activities to stream the workbook, so
  /// reading its quarter twice would only cost time.
  static let overlapFolderBytes = 1 << 20

  /// Writes `quarter`'s reports with the earlier quarters read beside the activities sheet;
  /// `nil` when the quarter is too small for it to pay (or cannot be read alone), for the
  /// ordinary path to do everything, diagnostics included. Tests lower `minimumBytes` and
  /// `limits` to take this path on small inputs.
  func workbookOverlapping(
    _ quarter: Quarter, output: String?, minimumBytes: Int = overlapFolderBytes,
    limits: WorkbookLimits = .standard
  ) -> ExitStatus? {
    guard quarterFolderBytes(quarter) >= minimumBytes else { return nil }
    // The reported quarter alone: its catalog and activity lists are all the activities sheet
    // reads. Its digests, recorded here, spare the full reading below a second parse. What it
    // cannot read, the ordinary path reports.
    guard
      let alone = try? Pipeline.load(
        inputs: options.inputs, including: { $0 == quarter },
        holdingActivities: Self.reading(for: quarter).hold,
        cache: ActivityDigestCache(reports: options.reports)),
      alone.dataset.quarters[quarter] != nil
    else { return nil }
    let early = alone.report(for: quarter)
    guard WorkbookPlan.streamsActivities(early, limits: limits) else { return nil }
    let lock: RunLock
    switch lockReports() {
    case .success(let held): lock = held
    case .failure(let status): return status
    }
    defer { withExtendedLifetime(lock) {} }
    // The earlier quarters are read at the lowest priority: on the core the activities sheet's
    // writer leaves idle, never slowing it down.
    let full = BackgroundResult {
      _ = prosperity_set_thread_niceness(19)
      return fullReport(quarter)
    }
    defer { _ = full.wait() }
    let paths = ReportPaths(reports: options.reports, quarter: quarter, workbook: output)
    var errors = 0
    do {
      let written = try publish(early: early, to: paths) { () throws(OutputError) in
        let (report, pipeline) = try finalReport(full.wait(), agreeingWith: early)
        errors = report.errorCount
        self.report(report.diagnostics)
        return (report, pipeline.dataset)
      }
      for path in written { logger.info("\(JobText.wrote(path)(options.language))") }
    } catch {
      reportWriteFailure(error)
      return .cannotWrite
    }
    return errors > 0 ? .dataErrors : .ok
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
      throw OutputError(path: changed, reason: JobText.inputChanged(options.language))
    }
    return (report, pipeline)
  }

  /// ``quarterReport(_:)`` as a result: a failure names what vanished since the quarter was read
  /// alone, since that reading found it.
  func fullReport(_ quarter: Quarter) -> Result<(QuarterReport, Pipeline), OutputError> {
    let (include, hold) = Self.reading(for: quarter)
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
  private func quarterFolderBytes(_ quarter: Quarter) -> Int {
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

/// Work started on another thread whose result is waited for later.
package final class BackgroundResult<Value: Sendable>: @unchecked Sendable {
  private let group = DispatchGroup()
  private var value: Value?

  init(_ work: @escaping @Sendable () -> Value) {
    group.enter()
    Thread.detachNewThread { [self] in
      value = work()
      group.leave()
    }
  }

  /// The result, once the work is done.
  func wait() -> Value {
    group.wait()
    return value!
  }
}
