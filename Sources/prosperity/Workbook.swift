import ArgumentParser
import ProsperityCommands
import ProsperityModel

struct Workbook: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "workbook",
    abstract: "Write one quarter's committee workbook, summary and indicators CSV.")

  @Argument(help: "The quarter, e.g. 2026-Q3 (2026Q3, Q3-2026 and 'Q3 2026' are accepted).")
  var quarter: Quarter

  @Option(help: "Where to write the workbook (default: Reports/QUARTER/committee-QUARTER.xlsx).")
  var output: String?

  @Option(
    name: .customLong("engine"),
    help: ArgumentHelp(
      "Write only this engine's committee workbook (an id of engines.csv, e.g. tourism).",
      discussion: "Written to Reports/QUARTER/committee-QUARTER-ID.xlsx unless --output is given.",
      valueName: "id"))
  var engine: String?

  @Flag(
    help: """
      Publish even when an engine would keep values for fewer than half of the indicators it \
      has published values for.
      """)
  var force = false

  @OptionGroup var options: SharedOptions

  func run() throws {
    try WorkbookCommand(
      options.context(), quarter: quarter, output: output, engine: engine, force: force
    ).execute().exit()
  }
}
