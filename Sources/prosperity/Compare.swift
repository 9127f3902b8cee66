import ArgumentParser
import ProsperityCommands
import ProsperityModel

struct Compare: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Compare two quarters: what moved, what improved, which activities changed.",
    discussion: """
      Changes run from the earlier quarter to the later one, in whichever order they are given. \
      Writes Reports/compare/A_vs_B.xlsx and Reports/compare/A_vs_B.txt.
      """)

  @Argument(help: "The first quarter, e.g. 2026-Q2.")
  var first: Quarter

  @Argument(help: "The second quarter, e.g. 2026-Q3.")
  var second: Quarter

  @Option(help: "Compare only this engine (its id, e.g. tourism).")
  var engine: String?

  @Option(
    help: "Where to write the comparison: PATH.xlsx and PATH.txt (default: Reports/compare/A_vs_B)."
  )
  var output: String?

  @OptionGroup var options: SharedOptions

  func run() throws {
    try CompareCommand(options.context(), first, second, engine: engine, output: output)
      .execute().exit()
  }
}
