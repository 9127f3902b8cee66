import ArgumentParser
import Foundation
import ProsperityInput
import ProsperityModel
import ProsperityStore
import ProsperitySupport

/// SHA-256 throughput on one file: held in memory and hashed whole, held in memory and fed in
/// chunks (as a streaming reader does), and read from disk in chunks (as the run manifest does).
struct Hash: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Hash one file with SHA-256, printing the digest and the throughput in MB/s.")

  @Argument(help: "The file.") var file: String
  @Option(help: "How many times to hash it (the best time counts).") var repeats = 5
  @Option(help: "Bytes per update in the chunked measurement.") var chunk = 1 << 20

  func run() throws {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw ValidationError("cannot read \(file)")
    }
    guard chunk > 0 else { throw ValidationError("--chunk must be positive") }
    let bytes = [UInt8](data)
    let megabytes = Double(bytes.count) / 1_000_000
    let measurements: [(String, () throws -> String?)] = [
      ("whole, in memory", { try SHA256.hex(of: bytes) }),
      (
        "\(chunk)-byte updates, in memory",
        {
          var hash = try SHA256()
          for start in stride(from: 0, to: bytes.count, by: chunk) {
            try hash.update(bytes[start..<min(start + chunk, bytes.count)])
          }
          return try hash.finalizeHex()
        }
      ),
      ("from the file, 1 MiB reads", { try SHA256.hex(ofFileAt: file) }),
    ]
    for (label, measure) in measurements {
      var best = Double.infinity
      var hex: String?
      for _ in 0..<repeats {
        let start = DispatchTime.now().uptimeNanoseconds
        hex = try measure()
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
      }
      guard let hex else { throw ValidationError("cannot read \(file)") }
      print(
        String(
          format: "%@  %.1f MB, %@, best %.3f s: %.0f MB/s", hex, megabytes, label, best,
          megabytes / best))
    }
  }
}
