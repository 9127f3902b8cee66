import ArgumentParser
import ProsperityKit

struct Workbook: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write one quarter's committee workbook, summary and indicators CSV.")

  @Argument(help: "The quarter, e.g. 2026-Q3 (2026Q3, Q3-2026 and 'Q3 2026' are accepted).")
  var quarter: Quarter

  @Option(help: "Where to write the workbook (default: Reports/QUARTER/committee-QUARTER.xlsx).")
  var output: String?

  @OptionGroup var options: SharedOptions

  func run() throws { try options.job().workbook(quarter, output: output).exit() }
}
