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
    abstract: """
      Read one CSV file as the job reads an activity file (streamed: a first pass hashes it and \
      finds its encoding, a second decodes it a chunk at a time and locates every field without \
      copying it), and, held whole, with every field made a String; prints both throughputs in \
      MB/s of the file's bytes.
      """)

  @Argument(help: "The CSV file.") var file: String
  @Option(help: "How many times to read it (the best time counts).") var repeats = 5

  func run() throws {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw ValidationError("cannot read \(file)")
    }
    let bytes = [UInt8](data)
    let megabytes = Double(bytes.count) / 1_000_000
    let (streamed, streamedCount) = try best { try recordsStreamed() }
    let (whole, wholeRecords) = try best {
      guard case .success(let decoded) = TextDecoding.decode(bytes) else {
        throw ValidationError("undecodable")
      }
      var records = 0
      for record in CSVRecords(utf8: decoded.utf8) { records += record.fields.count > 0 ? 1 : 0 }
      return records
    }
    guard streamedCount == wholeRecords else {
      throw ValidationError("the two readings found \(streamedCount) and \(wholeRecords) records")
    }
    print(
      String(
        format: "%.1f MB, %d records; streamed as the job reads it, best %.3f s: %.0f MB/s; "
          + "whole, every field a String, best %.3f s: %.0f MB/s", megabytes, wholeRecords,
        streamed, megabytes / streamed, whole, megabytes / whole))
  }

  /// The records of the file read as `TableStream` reads an activity file.
  private func recordsStreamed() throws -> Int {
    guard let scan = try FileScan.scan(file), let encoding = scan.encoding,
      var records = CSVFileRecords(path: file, encoding: encoding)
    else { throw ValidationError("cannot stream \(file)") }
    var count = 0
    while let record = records.next() { count += record.fieldCount > 0 ? 1 : 0 }
    return count
  }

  /// The best time of `repeats` calls of `body`, with what it returned.
  private func best(_ body: () throws -> Int) throws -> (seconds: Double, result: Int) {
    var best = Double.infinity
    var result = 0
    for _ in 0..<repeats {
      let start = DispatchTime.now().uptimeNanoseconds
      result = try body()
      best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return (best, result)
  }
}
