import ProsperityCompare
import ProsperityIndicators
import ProsperityInput
import ProsperityModel
import ProsperityReports
import ProsperityStore
import ProsperitySupport

/// How `prosperity run` decides what to rebuild.
package struct RunMode: Sendable {
  /// Rebuild every quarter, whatever the manifest says.
  var force = false
  /// Say what would be rebuilt and why; write nothing.
  var dryRun = false

  /// `run --force` and `--dry-run` as given; neither means what changed is rebuilt and published.
  package init(force: Bool = false, dryRun: Bool = false) {
    self.force = force
    self.dryRun = dryRun
  }
}

/// `prosperity run`: validates all inputs and writes the reports of every quarter that is out of
/// date, then the latest quarter's comparisons. Built for cron: only what changed is rebuilt,
/// one run at a time, and what is published is never half-written, mixed or built from bytes
/// other than those the manifest records.
package struct RunCommand {
  let context: CommandContext
  let mode: RunMode

  /// A run of `context`'s inputs and reports folder.
  package init(_ context: CommandContext, mode: RunMode = RunMode()) {
    self.context = context
    self.mode = mode
  }

  /// The version recorded in the manifest: reports built by another version are rebuilt.
  static let toolVersion = ToolVersion.current

  /// The quarters whose reports are out of date (all with `--force`), with why, in quarter order:
  /// among `quarters`, or every quarter folder the fingerprint saw.
  func plannedBuilds(
    _ fingerprint: InputFingerprint, manifest: Manifest, among quarters: [Quarter]? = nil
  ) throws -> [(quarter: Quarter, inputs: [String: String], decision: BuildDecision)] {
    let options = context.options
    return try (quarters ?? fingerprint.quarters).compactMap { quarter in
      let inputs = fingerprint.inputs(of: quarter)
      let decision: BuildDecision =
        mode.force
        ? .forced
        : try manifest.quarters[quarter.description]?.decision(
          inputs: inputs, tool: Self.toolVersion, language: options.language.rawValue,
          reports: options.reports, quarter: quarter) ?? .neverBuilt
      return decision.needsBuild ? (quarter, inputs, decision) : nil
    }
  }

  /// Checks every quarter, rebuilds and publishes the out-of-date ones two at a time, records them
  /// in the manifest and writes the latest comparisons; returns the exit status (65 when any
  /// quarter has data errors, its reports still written).
  package func execute() -> ExitStatus {
    let options = context.options
    if let refused = context.preflight([], writesReports: true) { return refused }
    // A quarter to be rebuilt holds as many activity rows as its engine sheets list (its activities
    // sheet and the comparisons read the rest from the files); the others only count theirs, from
    // the digests of earlier runs where the files have not changed, so a run with little to do
    // reads little.
    let listed = WorkbookLimits.standard.activitiesPerEngineSheet
    let before: InputFingerprint
    let expected: Set<Quarter>
    switch answerFromLastCheck() {
    case .answered(let status): return status
    case .notAnswered(let fingerprint, let planned):
      before = fingerprint
      expected = Set(planned.map(\.quarter))
    }
    // `--force` means from the input bytes: no digest is taken on trust.
    guard
      var pipeline = context.load(
        holdingActivities: { expected.contains($0) ? listed : 0 }, trustingDigests: !mode.force)
    else { return .inputsMissing }
    // Every quarter's checks count towards the exit status, rebuilt or not.
    let log = pipeline.logWithQualityChecks()
    var lock: RunLock?
    if !mode.dryRun {
      switch context.lockReports() {
      case .success(let held): lock = held
      case .failure(let refusal): return refusal.status
      }
    }
    defer { withExtendedLifetime(lock) {} }
    context.report(log.entries)
    let fingerprint: InputFingerprint
    let planned: [(quarter: Quarter, inputs: [String: String], decision: BuildDecision)]
    var manifest = Manifest.read(reports: options.reports)
    let quarters = pipeline.dataset.reportedQuarters
    do {
      fingerprint = try InputFingerprint(inputs: options.inputs)
      planned = try plannedBuilds(fingerprint, manifest: manifest, among: quarters)
    } catch {
      return context.libraryFailed(error)
    }
    if mode.dryRun {
      for build in planned {
        context.console.out(JobText.wouldRebuild(build.quarter, build.decision)(options.language))
      }
    }
    let builds = mode.dryRun ? [] : planned
    let rebuilt = planned.count
    // Inputs that changed between the first look and the lock: hold every quarter's rows.
    if builds.contains(where: { !expected.contains($0.quarter) }) {
      guard
        let reloaded = context.load(
          holdingActivities: { _ in listed }, trustingDigests: !mode.force)
      else { return .inputsMissing }
      pipeline = reloaded
    }
    // The manifest records `fingerprint`: it must hash the very bytes the reports are built from.
    let read = Dictionary(
      pipeline.dataset.files.map {
        (InputsRelative.path($0.path, inputs: options.inputs), $0.sha256)
      },
      uniquingKeysWith: { first, _ in first })
    if !mode.dryRun, let changed = fingerprint.firstChange(since: before, read: read) {
      let path = InputsRelative.full(changed, inputs: options.inputs)
      context.reportWriteFailure(
        OutputError(path: path, reason: JobText.inputChanged(options.language)))
      return .cannotWrite
    }
    // What this check found stands for these inputs until one of them changes (see
    // `answerFromLastCheck`); recorded with the quarters published, or alone below. Not once a
    // quarter is refused: the manifest is then left as it was, and the next run checks in full.
    let check = Manifest.Check(
      tool: Self.toolVersion, inputsFolder: options.inputs, fingerprint: fingerprint,
      quarters: quarters, diagnostics: log.entries)
    let lastCheck = manifest.check
    // Quarters are built two at a time, one per core; what each prints is held back and printed
    // in quarter order, and the manifest records each pair once both are published.
    let building = pipeline
    var refused = false
    for first in stride(from: 0, to: builds.count, by: 2) {
      let pair = Array(builds[first..<min(first + 2, builds.count)])
      let built = pair.parallelMap { build in
        let output = DeferredOutput()
        let deferred = context.deferred(into: output)
        let index = quarters.firstIndex(of: build.quarter).map { $0 + 1 } ?? 0
        deferred.logger.debug("[\(index)/\(quarters.count)] \(build.quarter)")
        let report = building.report(for: build.quarter)
        deferred.report(
          report.diagnostics.filter { $0.location == nil && $0.quarter == build.quarter })
        let paths = ReportPaths(reports: options.reports, quarter: build.quarter)
        let outcome = QuarterPublisher(deferred, force: mode.force, enginePacks: .everyEngine)
          .write(report, of: building, to: paths)
        return (outcome, output, published(outcome))
      }
      for (build, (outcome, output, outputs)) in zip(pair, built) {
        output.replay(through: context)
        switch outcome {
        case .published:
          manifest.quarters[build.quarter.description] = Manifest.Build(
            tool: Self.toolVersion, language: options.language.rawValue, inputs: build.inputs,
            outputs: outputs)
        case .failed(.dataErrors):
          // Refused, the old reports kept: the manifest keeps them too, so the next run tries
          // again (and says why again).
          refused = true
        case .failed(let status): return status
        }
      }
      manifest.check = refused ? lastCheck : check
      if let failed = write(manifest) { return failed }
    }
    if builds.isEmpty && !mode.dryRun && lastCheck != check {
      manifest.check = check
      if let failed = write(manifest) { return failed }
    }
    // Comparisons read today's figures of every quarter: not while one of them is refused.
    if !mode.dryRun && rebuilt > 0 && !refused {
      guard LatestComparisons(context).write(pipeline) else { return .cannotWrite }
    }
    if rebuilt == 0 {
      let text = JobText.upToDate(quarters.count)(options.language)
      if mode.dryRun { context.console.out(text) } else { context.logger.info("\(text)") }
    }
    return log.hasErrors || refused ? .dataErrors : .ok
  }

  /// Writes `manifest`; `nil` when written, the exit status (said why) when not.
  private func write(_ manifest: Manifest) -> ExitStatus? {
    do {
      try manifest.write(reports: context.options.reports)
      return nil
    } catch {
      context.reportWriteFailure(error)
      return .cannotWrite
    }
  }

  /// The files a publication wrote, as the manifest records them: by path relative to the reports
  /// folder, with their sizes and hashes as they are now, under the lock.
  private func published(_ outcome: QuarterPublisher.Outcome) -> [String: Manifest.PublishedFile] {
    guard case .published(let written) = outcome else { return [:] }
    var files: [String: Manifest.PublishedFile] = [:]
    for path in written {
      // A file whose hash cannot be taken goes unrecorded: the next run sees it altered and
      // rebuilds its quarter, so it is never left stale.
      files[String(path.dropFirst(context.options.reports.count + 1))] =
        (try? Manifest.PublishedFile(at: path)) ?? nil
    }
    return files
  }
}
