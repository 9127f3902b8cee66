import ArgumentParser
import Foundation
import ProsperityKit

/// SHA-256 throughput on one file held in memory, so hashing can be measured apart from reading.
struct Hash: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Hash one file with SHA-256 in memory, printing the digest and the throughput in MB/s.")

  @Argument(help: "The file.") var file: String
  @Option(help: "How many times to hash it (the best time counts).") var repeats = 5

  func run() throws {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw ValidationError("cannot read \(file)")
    }
    let bytes = [UInt8](data)
    var best = Double.infinity
    var hex = ""
    for _ in 0..<repeats {
      let start = DispatchTime.now().uptimeNanoseconds
      hex = SHA256.hex(of: bytes)
      best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    let megabytes = Double(bytes.count) / 1_000_000
    print(
      String(format: "%@  %.1f MB, best %.3f s: %.0f MB/s", hex, megabytes, best, megabytes / best))
  }
}
