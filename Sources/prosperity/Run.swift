import ArgumentParser
import ProsperityCommands
import ProsperityModel

struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract:
      "Validate all inputs and write the reports of every quarter that is out of date (the default)."
  )

  @Flag(
    help: """
      Rebuild every quarter from the input bytes (no digest in Reports/.cache is trusted), even \
      those whose inputs did not change, and publish even a quarter that would lose most of an \
      engine's values.
      """)
  var force = false

  @Flag(help: "Say what would be rebuilt and why; write nothing.")
  var dryRun = false

  @OptionGroup var options: SharedOptions

  func run() throws {
    try RunCommand(options.context(), mode: RunMode(force: force, dryRun: dryRun)).execute().exit()
  }
}
