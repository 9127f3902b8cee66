import ArgumentParser
import ProsperityCommands
import ProsperityModel
import ProsperitySupport

@main
struct Prosperity: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "prosperity",
    abstract: "Turns the Western Negev cluster's quarterly engine reports into committee reports.",
    discussion: """
      Exit codes: 0 ok · 64 usage · 65 data errors found (reports still written for all valid \
      data) · 66 inputs missing · 70 a library failed (nothing published) · 73 cannot write \
      output · 75 another run holds Reports/.
      """,
    subcommands: [
      Run.self, Workbook.self, Summary.self, Validate.self, Compare.self, Template.self,
    ],
    defaultSubcommand: Run.self)

  static func main() {
    do {
      try FreedMemory.keepForReuse()
    } catch {
      // Only speed depends on it (glibc then trims after every workbook part): run on.
    }
    main(nil)
  }
}
