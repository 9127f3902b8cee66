import ProsperityModel
import ProsperityStore

extension RunCommand {
  /// Whether a run could answer without reading a quarter, and if not, what it found out.
  enum LastCheckAnswer {
    /// Nothing to rebuild, and every input is as the last check read it: its diagnostics were
    /// said again; the run exits with this status.
    case answered(ExitStatus)
    /// The inputs as hashed and the quarters the manifest says to rebuild, for the full run.
    case notAnswered(
      InputFingerprint, [(quarter: Quarter, inputs: [String: String], decision: BuildDecision)])
  }

  /// Cron's usual case, nothing changed since the last run, answered from the manifest: when no
  /// quarter is out of date and the last full check saw exactly these inputs (every file's
  /// SHA-256 and every folder's entries, the same inputs folder, version and build), its
  /// diagnostics are the ones a new check would find, so they are printed again and the run
  /// exits as that one did (65 for data errors), the inputs hashed but none parsed. It takes the
  /// lock as every run that might write does, so a run that finds another one busy still exits
  /// 75. `--force` always checks.
  func answerFromLastCheck() -> LastCheckAnswer {
    let options = context.options
    let manifestFile = Manifest.identity(reports: options.reports)
    let fingerprint: InputFingerprint
    let planned: [(quarter: Quarter, inputs: [String: String], decision: BuildDecision)]
    let manifest = Manifest.read(reports: options.reports)
    let check: Manifest.Check?
    do {
      fingerprint = try InputFingerprint(inputs: options.inputs)
      check = manifest.check.flatMap {
        $0.covers(fingerprint, inputsFolder: options.inputs, tool: Self.toolVersion) ? $0 : nil
      }
      // The quarters the check found reported are those a full run would consider (a folder
      // holding no report file is not one).
      planned = try plannedBuilds(fingerprint, manifest: manifest, among: check?.quarters)
    } catch {
      return .answered(context.libraryFailed(error))
    }
    guard !mode.force, planned.isEmpty, let check else {
      return .notAnswered(fingerprint, planned)
    }
    // Only now: a run that cannot answer takes the lock later, after loading, and one with no
    // inputs folder creates no reports folder.
    var lock: RunLock?
    if !mode.dryRun {
      switch context.lockReports() {
      case .success(let held): lock = held
      case .failure(let refusal): return .answered(refusal.status)
      }
    }
    defer { withExtendedLifetime(lock) {} }
    // Another command that wrote the manifest since it was read (a `workbook` by hand finishing)
    // may have changed what is up to date: then the full run decides, under the lock.
    if lock != nil && Manifest.identity(reports: options.reports) != manifestFile {
      return .notAnswered(fingerprint, planned)
    }
    context.report(check.diagnostics)
    let text = JobText.upToDate(check.quarters.count)(options.language)
    if mode.dryRun { context.console.out(text) } else { context.logger.info("\(text)") }
    return .answered(check.hasErrors ? .dataErrors : .ok)
  }
}
