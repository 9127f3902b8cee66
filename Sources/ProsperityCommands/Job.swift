import Logging
import ProsperityCompare
import ProsperityIndicators
import ProsperityInput
import ProsperityModel
import ProsperityReports
import ProsperityStore

/// Exit statuses, from sysexits.h.
package enum ExitStatus: Int32, Error, Sendable {
  case ok = 0
  case usage = 64
  /// Data errors were found; reports were still written for all valid data.
  case dataErrors = 65
  case inputsMissing = 66
  case cannotWrite = 73
  /// Another run holds the reports folder.
  case busy = 75
}

/// Where a job writes what it has to say: standard output for what was asked for (a summary),
/// standard error for diagnostics.
package protocol Console: Sendable {
  func out(_ line: String)
  func err(_ line: String)
}

/// The options every command shares.
package struct JobOptions: Sendable {
  package var inputs: String
  package var reports: String
  package var language: Language
  /// Only errors are printed, so cron mails only trouble.
  package var quiet: Bool

  package init(
    inputs: String = "Inputs", reports: String = "Reports", language: Language = .hebrew,
    quiet: Bool = false
  ) {
    self.inputs = inputs
    self.reports = reports
    self.language = language
    self.quiet = quiet
  }
}

/// The commands' logic, callable from tests: each returns the status the process exits with.
package struct Job: Sendable {
  package let options: JobOptions
  package let console: any Console
  /// Progress and what was written, with timestamps and levels, on standard error.
  package let logger: Logger

  package init(options: JobOptions, console: any Console, logger: Logger) {
    self.options = options
    self.console = console
    self.logger = logger
  }

  /// Writes one quarter's three files; `output` names the workbook. With `engine`, writes only
  /// that engine's committee workbook.
  package func workbook(_ quarter: Quarter, output: String? = nil, engine: String? = nil)
    -> ExitStatus
  {
    if let status = folderOptionProblem(writesReports: true) { return status }
    if engine == nil, let status = workbookOverlapping(quarter, output: output) { return status }
    guard let (report, pipeline) = quarterReport(quarter) else {
      return .inputsMissing
    }
    // An unknown engine is a usage error, reported before anything is created.
    if let engine, report.catalog.engine(engine) == nil {
      return engineWorkbook(engine, quarter, pipeline, output: output)
    }
    let lock: RunLock
    switch lockReports() {
    case .success(let held): lock = held
    case .failure(let status): return status
    }
    defer { withExtendedLifetime(lock) {} }
    if let engine { return engineWorkbook(engine, quarter, pipeline, output: output) }
    self.report(report.diagnostics)
    let paths = ReportPaths(reports: options.reports, quarter: quarter, workbook: output)
    guard write(report, of: pipeline.dataset, to: paths) else { return .cannotWrite }
    return report.errorCount > 0 ? .dataErrors : .ok
  }

  /// Prints one quarter's text summary to standard output.
  package func summary(_ quarter: Quarter) -> ExitStatus {
    if let status = folderOptionProblem(writesReports: false) { return status }
    guard let (report, _) = quarterReport(quarter) else { return .inputsMissing }
    self.report(report.diagnostics)
    console.out(TextSummary.render(report, language: options.language))
    return report.errorCount > 0 ? .dataErrors : .ok
  }

  /// Checks the catalog and one quarter, or every quarter.
  package func validate(_ quarter: Quarter? = nil) -> ExitStatus {
    if let status = folderOptionProblem(writesReports: false) { return status }
    if let quarter {
      guard let (report, _) = quarterReport(quarter) else { return .inputsMissing }
      self.report(report.diagnostics)
      summarize(errors: report.errorCount, warnings: report.warningCount)
      return report.errorCount > 0 ? .dataErrors : .ok
    }
    // Checking needs the activities' totals, not their rows.
    guard let pipeline = load(holdingActivities: { _ in 0 }) else { return .inputsMissing }
    let log = pipeline.logWithQualityChecks()
    report(log.entries)
    summarize(errors: log.errorCount, warnings: log.warningCount)
    return log.hasErrors ? .dataErrors : .ok
  }

  func load(
    including include: @escaping (Quarter) -> Bool = { _ in true },
    holdingActivities hold: @escaping (Quarter) -> Int = { _ in .max }
  ) -> Pipeline? {
    do {
      return try Pipeline.load(
        inputs: options.inputs, including: include, holdingActivities: hold,
        cache: ActivityDigestCache(reports: options.reports))
    } catch {
      reportInputsMissing(error)
      return nil
    }
  }

  /// Takes the reports folder's lock, creating the folder if needed.
  func lockReports() -> Result<RunLock, ExitStatus> {
    do {
      try AtomicFile.createFolders(options.reports, reportingAs: options.reports)
    } catch {
      reportWriteFailure(error)
      return .failure(.cannotWrite)
    }
    do throws(LockFailure) {
      let lock = try RunLock(reports: options.reports)
      Leftovers.remove(in: options.reports)
      return .success(lock)
    } catch {
      switch error {
      case .busy(let path):
        console.err("\(path): error: \(JobText.busy(path)(options.language))")
        return .failure(.busy)
      case .unavailable(let path, let reason):
        console.err("\(path): error: \(JobText.cannotWrite(reason)(options.language))")
        return .failure(.cannotWrite)
      }
    }
  }

  /// Loads what one quarter's report needs: the quarter and every earlier quarter (its year so far,
  /// the previous quarter, a year ago, and the history the workbook and the checks read).
  func quarterReport(_ quarter: Quarter) -> (QuarterReport, Pipeline)? {
    let (include, hold) = Self.reading(for: quarter)
    guard let pipeline = load(including: include, holdingActivities: hold) else {
      return nil
    }
    guard pipeline.dataset.quarters[quarter] != nil else {
      let folder = options.inputs + "/" + quarter.description
      console.err("\(folder): error: \(JobText.quarterMissing(quarter)(options.language))")
      return nil
    }
    return (pipeline.report(for: quarter), pipeline)
  }

  /// The quarters one quarter's report reads, and the activity rows it holds of each.
  static func reading(for quarter: Quarter) -> (
    include: @Sendable (Quarter) -> Bool, hold: @Sendable (Quarter) -> Int
  ) {
    let needed = Set(quarter.yearToDate + [quarter.previous, quarter.yearAgo])
    // Earlier quarters too: the trends, the history sheet, the outlier check and the completeness
    // matrix read them.
    // Only this quarter's activities are listed, and only as many as an engine sheet shows are
    // held: the activities sheet reads the rest again from the files. Other quarters count.
    let listed = WorkbookLimits.standard.activitiesPerEngineSheet
    return ({ needed.contains($0) || $0 < quarter }, { $0 == quarter ? listed : 0 })
  }

  func write(_ report: QuarterReport, of dataset: Dataset, to paths: ReportPaths) -> Bool {
    do {
      let written = try publish(report, of: dataset, to: paths)
      for path in written { logger.info("\(JobText.wrote(path)(options.language))") }
      return true
    } catch {
      reportWriteFailure(error)
      return false
    }
  }

  /// Says which report could not be written and why (exit 73 follows).
  func reportWriteFailure(_ error: OutputError) {
    console.err("\(error.path): error: \(JobText.cannotWrite(error.reason)(options.language))")
  }

  /// Prints diagnostics; with `--quiet`, errors only.
  func report(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics where !options.quiet || diagnostic.severity == .error {
      console.err(diagnostic.rendered(in: options.language))
    }
  }

  private func summarize(errors: Int, warnings: Int) {
    guard !options.quiet else { return }
    console.err(ReportText.problemCounts(errors: errors, warnings: warnings)(options.language))
  }
}
