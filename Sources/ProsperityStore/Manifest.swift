import Foundation

/// What each quarter's reports were built from: `Reports/manifest.json`.
///
/// A quarter's reports depend on the catalog files and on every quarter folder up to and including
/// it (its year so far, the previous quarter, a year ago, and the history its workbook shows), so a
/// change to a first-quarter file rebuilds that year's later quarters and the next year's too.
package struct Manifest: Codable, Sendable, Equatable {
  /// One quarter's build: the options that shape its reports and the hash of each input it read.
  package struct Build: Codable, Sendable, Equatable {
    package var tool: String
    package var language: String
    /// Input path relative to the inputs folder → SHA-256 of its bytes.
    package var inputs: [String: String]
    /// The files published, relative to the reports folder.
    package var outputs: [String]

    package init(
      tool: String, language: String, inputs: [String: String], outputs: [String]
    ) {
      self.tool = tool
      self.language = language
      self.inputs = inputs
      self.outputs = outputs
    }
  }

  package var quarters: [String: Build] = [:]

  package static let fileName = "manifest.json"

  package init() {}

  /// Reads the manifest; a missing or unreadable one means nothing is known to be up to date.
  package static func read(reports: String) -> Manifest {
    let path = (reports as NSString).appendingPathComponent(fileName)
    guard let data = FileManager.default.contents(atPath: path),
      let manifest = try? JSONDecoder().decode(Manifest.self, from: data)
    else { return Manifest() }
    return manifest
  }

  package func write(reports: String) throws(OutputError) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let data: Data
    do {
      data = try encoder.encode(self)
    } catch {
      throw OutputError(path: reports, reason: "\(error)")
    }
    try AtomicFile.write(data, to: (reports as NSString).appendingPathComponent(Self.fileName))
  }
}

/// Why a quarter's reports must be rebuilt, or that they need not be.
package enum BuildDecision: Equatable, Sendable {
  case upToDate
  case forced
  case neverBuilt
  case optionsChanged
  case outputsMissing([String])
  case inputsChanged([String])

  package var needsBuild: Bool { self != .upToDate }
}
