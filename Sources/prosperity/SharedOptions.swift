import ArgumentParser
import Foundation
import ProsperityKit

/// The options every command shares.
struct SharedOptions: ParsableArguments {
  @Option(help: "The inputs folder: catalog CSVs and one folder per quarter.")
  var inputs = "Inputs"

  @Option(help: "The folder reports are written to.")
  var reports = "Reports"

  @Option(help: "The reports' language: he (Hebrew, right to left) or en.")
  var lang: Language = .hebrew

  func job() -> Job {
    Job(
      options: JobOptions(inputs: inputs, reports: reports, language: lang),
      console: StandardConsole())
  }
}

extension Language: ExpressibleByArgument {}

extension Quarter: ExpressibleByArgument {
  public init?(argument: String) { self.init(parsing: argument) }
}

/// Writes to the process's standard output and standard error, a line at a time.
struct StandardConsole: Console {
  func out(_ line: String) {
    FileHandle.standardOutput.write(Data((line + (line.hasSuffix("\n") ? "" : "\n")).utf8))
  }
  func err(_ line: String) { FileHandle.standardError.write(Data((line + "\n").utf8)) }
}

extension ExitStatus {
  /// Ends the process with this status.
  func exit() throws {
    if self != .ok { throw ExitCode(rawValue) }
  }
}
