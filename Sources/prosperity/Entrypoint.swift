import ArgumentParser
import ProsperityKit

@main
struct Prosperity: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "prosperity")
  func run() throws {}
}
