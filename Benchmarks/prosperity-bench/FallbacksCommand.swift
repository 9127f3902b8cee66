import ArgumentParser
import ProsperityInput

/// How many fields of an inputs folder's activity files the byte path left to the `String`
/// rules, by kind: the benchmark prints it beside each input set, and checks that the realistic
/// set has none.
struct Fallbacks: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Read every activity file of an inputs folder and print how many fields fell back from "
      + "the byte path to the String rules, by kind.")

  @Argument(help: "The inputs folder.") var inputs: String
  @Flag(help: "Exit 1 when any field fell back.") var requireNone = false

  func run() throws {
    let fallbacks = try InputsLoader.bytePathFallbacks(in: inputs)
    let kinds = BytePathFallbacks.Kind.allCases.map { "\($0.rawValue) \(fallbacks[$0])" }
    print(
      "byte-path fallbacks: \(fallbacks.total) in \(fallbacks.rows) rows ("
        + kinds.joined(separator: ", ") + ")")
    if requireNone && fallbacks.total > 0 { throw ExitCode.failure }
  }
}
