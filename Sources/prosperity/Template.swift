import ArgumentParser
import ProsperityCommands
import ProsperityModel

struct Template: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "template",
    abstract: "Write next quarter's KPI and activity files for each engine's manager to fill in.",
    discussion: """
      Writes Inputs/QUARTER/<engine>-kpis.csv (every catalogued measure, empty values) and \
      <engine>-activities.csv (last quarter's activities to update), UTF-8 with a BOM; never \
      overwrites a file that exists.
      """)

  @Argument(help: "The quarter to prepare, e.g. 2026-Q4.")
  var quarter: Quarter

  @OptionGroup var options: SharedOptions

  func run() throws { try TemplateCommand(options.context(), quarter: quarter).execute().exit() }
}
