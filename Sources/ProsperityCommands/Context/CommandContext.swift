import Logging
import ProsperityModel
import ProsperityReports
import ProsperityStore

/// What every command runs with: the shared options, where it prints, and the few things every
/// command does alike — print diagnostics and failures, take the lock, load the inputs. Each
/// command is its own type (`Commands/`) holding one of these.
package struct CommandContext: Sendable {
  let options: CommandOptions
  let console: any Console
  /// Progress and what was written, with timestamps and levels, on standard error.
  let logger: Logger

  /// A context for one command: its options, where it prints, and its progress log.
  package init(options: CommandOptions, console: any Console, logger: Logger) {
    self.options = options
    self.console = console
    self.logger = logger
  }

  /// Prints diagnostics; with `--quiet`, errors only.
  func report(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics where !options.quiet || diagnostic.severity == .error {
      console.err(diagnostic.rendered(in: options.language))
    }
  }

  /// Prints how many errors and warnings were found (not with `--quiet`).
  func summarize(errors: Int, warnings: Int) {
    guard !options.quiet else { return }
    console.err(ReportText.problemCounts(errors: errors, warnings: warnings)(options.language))
  }

  /// Says which report could not be written and why (exit 73 follows).
  func reportWriteFailure(_ error: OutputError) {
    console.err("\(error.path): error: \(JobText.cannotWrite(error.reason)(options.language))")
  }

  /// Says why a quarter was not published; returns the exit status: 65 for a quarter refused
  /// (it would lose most of an engine's values), 73 for a report that could not be written.
  func reportPublishFailure(_ error: OutputError) -> ExitStatus {
    guard error.isRefusal else {
      reportWriteFailure(error)
      return .cannotWrite
    }
    console.err("\(error.path): error: \(error.reason)")
    return .dataErrors
  }

  /// Logs every path written.
  func logWritten(_ paths: [String]) {
    for path in paths { logger.info("\(JobText.wrote(path)(options.language))") }
  }

  /// Logs each file of a publication: written, or carried over unchanged.
  func logPublished(_ publication: FolderPublication) {
    let carried = Set(publication.carried)
    for path in publication.paths {
      let text = carried.contains(path) ? JobText.keptUnchanged(path) : JobText.wrote(path)
      logger.info("\(text(options.language))")
    }
  }
}
