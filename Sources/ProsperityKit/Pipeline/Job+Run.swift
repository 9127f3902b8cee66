/// How `prosperity run` decides what to rebuild.
public struct RunMode: Sendable {
  /// Rebuild every quarter, whatever the manifest says.
  public var force = false
  /// Say what would be rebuilt and why; write nothing.
  public var dryRun = false

  public init(force: Bool = false, dryRun: Bool = false) {
    self.force = force
    self.dryRun = dryRun
  }
}

extension Job {
  /// The version recorded in the manifest: reports built by another version are rebuilt.
  public static let toolVersion = "0.2.0"

  /// Validates all inputs and writes the reports of every quarter that is out of date.
  public func run(_ mode: RunMode = RunMode()) -> ExitStatus {
    // Each quarter's reports list as many activities as an engine sheet shows; the activities
    // sheets and the comparisons read the rest from the files, so memory stays flat.
    let listed = WorkbookLimits.standard.activitiesPerEngineSheet
    guard let pipeline = load(holdingActivities: { _ in listed }) else { return .inputsMissing }
    // Every quarter's checks count towards the exit status, rebuilt or not.
    let log = pipeline.logWithQualityChecks()
    var lock: RunLock?
    if !mode.dryRun {
      switch lockReports() {
      case .success(let held): lock = held
      case .failure(let status): return status
      }
    }
    defer { withExtendedLifetime(lock) {} }
    report(log.entries)
    let fingerprint = InputFingerprint(inputs: options.inputs)
    var manifest = Manifest.read(reports: options.reports)
    let quarters = pipeline.dataset.reportedQuarters
    var builds: [(quarter: Quarter, inputs: [String: String])] = []
    var rebuilt = 0
    for quarter in quarters {
      let inputs = fingerprint.inputs(of: quarter)
      let decision: BuildDecision =
        mode.force
        ? .forced
        : manifest.quarters[quarter.description]?.decision(
          inputs: inputs, tool: Self.toolVersion, language: options.language.rawValue,
          reports: options.reports) ?? .neverBuilt
      guard decision.needsBuild else { continue }
      rebuilt += 1
      if mode.dryRun {
        console.out(JobText.wouldRebuild(quarter, decision)(options.language))
      } else {
        builds.append((quarter, inputs))
      }
    }
    // Quarters are built two at a time, one per core; what each prints is held back and printed
    // in quarter order, and the manifest records each pair once both are published.
    for first in stride(from: 0, to: builds.count, by: 2) {
      let pair = Array(builds[first..<min(first + 2, builds.count)])
      let built = pair.parallelMap { build in
        let output = DeferredOutput()
        let job = self.deferred(into: output)
        let index = quarters.firstIndex(of: build.quarter).map { $0 + 1 } ?? 0
        job.logger.debug("[\(index)/\(quarters.count)] \(build.quarter)")
        let report = pipeline.report(for: build.quarter)
        job.report(report.diagnostics.filter { $0.location == nil && $0.quarter == build.quarter })
        let paths = ReportPaths(reports: options.reports, quarter: build.quarter)
        let written = job.write(report, of: pipeline.dataset, to: paths)
        return (written, output, paths)
      }
      for (build, (written, output, paths)) in zip(pair, built) {
        output.replay(through: self)
        guard written else { return .cannotWrite }
        manifest.quarters[build.quarter.description] = Manifest.Build(
          tool: Self.toolVersion, language: options.language.rawValue, inputs: build.inputs,
          outputs: [paths.workbook, paths.summary, paths.indicators].map {
            String($0.dropFirst(options.reports.count + 1))
          })
      }
      do {
        try manifest.write(reports: options.reports)
      } catch {
        reportWriteFailure(error)
        return .cannotWrite
      }
    }
    if !mode.dryRun && rebuilt > 0 {
      guard writeLatestComparisons(pipeline) else { return .cannotWrite }
    }
    if rebuilt == 0 {
      let text = JobText.upToDate(quarters.count)(options.language)
      if mode.dryRun { console.out(text) } else { logger.info("\(text)") }
    }
    return log.hasErrors ? .dataErrors : .ok
  }
}
