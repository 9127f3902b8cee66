import ArgumentParser

struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Validate all inputs and write the reports of every quarter (the default).")

  @OptionGroup var options: SharedOptions

  func run() throws { try options.job().run().exit() }
}
