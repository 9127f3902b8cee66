import ArgumentParser
import ProsperityCommands
import ProsperityModel

struct Validate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check the catalog and one quarter (or every quarter) without writing reports.")

  @Argument(help: "The quarter to check, e.g. 2026-Q3; every quarter when left out.")
  var quarter: Quarter?

  @OptionGroup var options: SharedOptions

  func run() throws { try ValidateCommand(options.context(), quarter: quarter).execute().exit() }
}
