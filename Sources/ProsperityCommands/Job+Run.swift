import ProsperityModel
import ProsperityReports
import ProsperityStore
import ProsperitySupport

/// How `prosperity run` decides what to rebuild.
package struct RunMode: Sendable {
  /// Rebuild every quarter, whatever the manifest says.
  package var force = false
  /// Say what would be rebuilt and why; write nothing.
  package var dryRun = false

  package init(force: Bool = false, dryRun: Bool = false) {
    self.force = force
    self.dryRun = dryRun
  }
}

extension Job {
  /// The version recorded in the manifest: reports built by another version are rebuilt.
  package static let toolVersion = ToolVersion.current

  /// The quarters whose reports are out of date (all with `--force`), with why, in quarter order:
  /// among `quarters`, or every quarter folder the fingerprint saw.
  private func plannedBuilds(
    _ mode: RunMode, _ fingerprint: InputFingerprint, among quarters: [Quarter]? = nil
  ) -> [(quarter: Quarter, inputs: [String: String], decision: BuildDecision)] {
    let manifest = Manifest.read(reports: options.reports)
    return (quarters ?? fingerprint.quarters).compactMap { quarter in
      let inputs = fingerprint.inputs(of: quarter)
      let decision: BuildDecision =
        mode.force
        ? .forced
        : manifest.quarters[quarter.description]?.decision(
          inputs: inputs, tool: Self.toolVersion, language: options.language.rawValue,
          reports: options.reports) ?? .neverBuilt
      return decision.needsBuild ? (quarter, inputs, decision) : nil
    }
  }

  /// Validates all inputs and writes the reports of every quarter that is out of date.
  package func run(_ mode: RunMode = RunMode()) -> ExitStatus {
    if let status = folderOptionProblem(writesReports: true) { return status }
    // A quarter to be rebuilt holds as many activity rows as its engine sheets list (its activities
    // sheet and the comparisons read the rest from the files); the others only count theirs, from
    // the digests of earlier runs where the files have not changed, so a run with little to do
    // reads little.
    let listed = WorkbookLimits.standard.activitiesPerEngineSheet
    let expected = Set(plannedBuilds(mode, InputFingerprint(inputs: options.inputs)).map(\.quarter))
    guard var pipeline = load(holdingActivities: { expected.contains($0) ? listed : 0 }) else {
      return .inputsMissing
    }
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
    let planned = plannedBuilds(mode, fingerprint, among: quarters)
    if mode.dryRun {
      for build in planned {
        console.out(JobText.wouldRebuild(build.quarter, build.decision)(options.language))
      }
    }
    let builds = mode.dryRun ? [] : planned
    let rebuilt = planned.count
    // Inputs that changed between the first look and the lock: hold every quarter's rows.
    if builds.contains(where: { !expected.contains($0.quarter) }) {
      guard let reloaded = load(holdingActivities: { _ in listed }) else { return .inputsMissing }
      pipeline = reloaded
    }
    // Quarters are built two at a time, one per core; what each prints is held back and printed
    // in quarter order, and the manifest records each pair once both are published.
    let building = pipeline
    for first in stride(from: 0, to: builds.count, by: 2) {
      let pair = Array(builds[first..<min(first + 2, builds.count)])
      let built = pair.parallelMap { build in
        let output = DeferredOutput()
        let job = self.deferred(into: output)
        let index = quarters.firstIndex(of: build.quarter).map { $0 + 1 } ?? 0
        job.logger.debug("[\(index)/\(quarters.count)] \(build.quarter)")
        let report = building.report(for: build.quarter)
        job.report(report.diagnostics.filter { $0.location == nil && $0.quarter == build.quarter })
        let paths = ReportPaths(reports: options.reports, quarter: build.quarter)
        let written = job.write(report, of: building.dataset, to: paths)
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
