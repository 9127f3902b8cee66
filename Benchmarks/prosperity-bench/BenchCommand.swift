import ArgumentParser
import Foundation
import ProsperityInput
import ProsperityModel
import ProsperityStore
import ProsperitySupport

@main
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "prosperity-bench",
    abstract:
      "Synthetic inputs and micro-measurements for the benchmark (see Benchmarks/README.md).",
    subcommands: [Generate.self, Totals.self, ReadCSV.self, Hash.self, Fallbacks.self])
}

struct Generate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write a deterministic synthetic inputs folder at any scale.")

  @Option(help: "Quarters, from 2024-Q1 on.") var quarters = 12
  @Option(help: "Activities per engine per quarter.") var activities = 20_000
  @Option(help: "The inputs folder to write.") var out: String
  @Option(
    help: """
      How the files are spelled: 'realistic' (each engine's as its manager's spreadsheet saves \
      them: encodings, line ends, status words, dates, amounts), or 'clean'.
      """)
  var mix = InputMix.realistic

  func run() throws {
    var inputs = SyntheticInputs(
      quarters: quarters, activities: activities, folder: out, mix: mix)
    try inputs.write()
  }
}

struct ReadCSV: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read-csv",
    abstract: "Decode and parse one CSV file, printing its throughput in MB/s.")

  @Argument(help: "The CSV file.") var file: String
  @Option(help: "How many times to read it (the best time counts).") var repeats = 5

  func run() throws {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw ValidationError("cannot read \(file)")
    }
    let bytes = [UInt8](data)
    var best = Double.infinity
    var records = 0
    for _ in 0..<repeats {
      let start = DispatchTime.now().uptimeNanoseconds
      guard case .success(let decoded) = TextDecoding.decode(bytes) else {
        throw ValidationError("undecodable")
      }
      records = 0
      for record in CSVRecords(utf8: decoded.utf8) { records += record.fields.count > 0 ? 1 : 0 }
      best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    let megabytes = Double(bytes.count) / 1_000_000
    print(
      String(
        format: "%.1f MB, %d records, best %.3f s: %.0f MB/s", megabytes, records, best,
        megabytes / best))
  }
}
