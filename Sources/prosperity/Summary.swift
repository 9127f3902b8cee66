import ArgumentParser
import ProsperityCommands
import ProsperityModel

struct Summary: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary",
    abstract: "Print one quarter's plain-text summary for the committee e-mail.")

  @Argument(help: "The quarter, e.g. 2026-Q3.")
  var quarter: Quarter

  @OptionGroup var options: SharedOptions

  func run() throws { try SummaryCommand(options.context(), quarter: quarter).execute().exit() }
}
