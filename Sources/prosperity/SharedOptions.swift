import ArgumentParser
import Foundation
import Logging
import ProsperityCommands
import ProsperityModel

/// The options every command shares.
struct SharedOptions: ParsableArguments {
  @Option(help: "The inputs folder: catalog CSVs and one folder per quarter.")
  var inputs = "Inputs"

  @Option(help: "The folder reports are written to.")
  var reports = "Reports"

  @Option(help: "The reports' language: he (Hebrew, right to left) or en.")
  var lang: Language = .hebrew

  @Flag(help: "Print only errors, so cron mails only trouble.")
  var quiet = false

  func context() -> CommandContext {
    // Progress lines are for a person watching a terminal, not for cron's mail.
    let level: Logger.Level = quiet ? .error : isatty(STDERR_FILENO) == 1 ? .debug : .info
    return CommandContext(
      options: CommandOptions(inputs: inputs, reports: reports, language: lang, quiet: quiet),
      console: StandardConsole(),
      logger: Logger(label: "prosperity") { _ in StderrLogHandler(level: level) })
  }
}

extension Language: ExpressibleByArgument {}

extension Quarter: ExpressibleByArgument {
  /// A quarter from the command line, in any accepted spelling.
  public init?(argument: String) { self.init(parsing: argument) }
}

/// Writes to the process's standard output and standard error, a line at a time.
struct StandardConsole: Console {
  func out(_ line: String) {
    FileHandle.standardOutput.write(Data((line.hasSuffix("\n") ? line : line + "\n").utf8))
  }
  func err(_ line: String) { FileHandle.standardError.write(Data((line + "\n").utf8)) }
}

extension ExitStatus {
  /// Ends the process with this status.
  func exit() throws {
    if self != .ok { throw ExitCode(rawValue) }
  }
}
