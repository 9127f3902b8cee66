import ArgumentParser
import ProsperityCommands
import ProsperityModel

struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract:
      "Validate all inputs and write the reports of every quarter that is out of date (the default)."
  )

  @Flag(help: "Rebuild every quarter, even those whose inputs did not change.")
  var force = false

  @Flag(help: "Say what would be rebuilt and why; write nothing.")
  var dryRun = false

  @OptionGroup var options: SharedOptions

  func run() throws { try options.job().run(RunMode(force: force, dryRun: dryRun)).exit() }
}
