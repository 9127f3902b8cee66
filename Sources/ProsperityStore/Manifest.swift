import Foundation
import ProsperitySupport

/// What each quarter's reports were built from: `Reports/manifest.json`.
///
/// A quarter's reports depend on the catalog files and on every quarter folder up to and including
/// it (its year so far, the previous quarter, a year ago, and the history its workbook shows), so a
/// change to a first-quarter file rebuilds that year's later quarters and the next year's too.
package struct Manifest: Codable, Sendable, Equatable {
  /// One quarter's build: the options that shape its reports and the hash of each input it read.
  package struct Build: Codable, Sendable, Equatable {
    var tool: String
    var language: String
    /// Input path relative to the inputs folder → SHA-256 of its bytes.
    var inputs: [String: String]
    /// The files published, by path relative to the reports folder.
    var outputs: [String: PublishedFile]

    /// A build of reports in `language` by `tool` (the ``ToolVersion``).
    package init(
      tool: String, language: String, inputs: [String: String], outputs: [String: PublishedFile]
    ) {
      self.tool = tool
      self.language = language
      self.inputs = inputs
      self.outputs = outputs
    }
  }

  /// A published file as it was written, to notice one replaced or edited since.
  package struct PublishedFile: Codable, Sendable, Equatable {
    var size: Int
    var sha256: String
    /// Device, inode, size, modification and change times when recorded: while they stay the
    /// same, the file is not read again (a workbook of a large quarter is tens of megabytes). A
    /// file written, copied over or renamed into place changes them; its bytes then decide.
    var identity: FileIdentity?

    /// The file at `path` as it is now; `nil` when it cannot be read. Throws only when libcrypto
    /// fails.
    package init?(at path: String) throws {
      guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
        let sha256 = try SHA256.hex(ofFileAt: path)
      else { return nil }
      (self.size, self.sha256) = (size, sha256)
      identity = FileIdentity(path: path)
    }

    /// Whether the file at `path` is still this one.
    func matches(_ path: String) throws -> Bool {
      if let identity, FileIdentity(path: path) == identity { return true }
      let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
      guard size == self.size else { return false }
      return try SHA256.hex(ofFileAt: path) == sha256
    }
  }

  /// By quarter, as `2026-Q3`: the quarters built so far.
  package var quarters: [String: Build] = [:]
  /// The last full check of every input (absent in manifests of versions before it).
  package var check: Check?

  /// In the reports folder.
  package static let fileName = "manifest.json"

  init() {}

  /// The manifest file as it is now, to notice another run writing it in between; `nil` when
  /// there is none.
  package static func identity(reports: String) -> FileIdentity? {
    FileIdentity(path: (reports as NSString).appendingPathComponent(fileName))
  }

  /// Reads the manifest; a missing or unreadable one means nothing is known to be up to date.
  package static func read(reports: String) -> Manifest {
    let path = (reports as NSString).appendingPathComponent(fileName)
    guard let data = FileManager.default.contents(atPath: path),
      let manifest = try? JSONDecoder().decode(Manifest.self, from: data)
    else { return Manifest() }
    return manifest
  }

  /// Writes the manifest to the reports folder atomically, its keys sorted so unchanged builds
  /// give the same bytes.
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
  /// Published files that are not the ones written (replaced or edited since), or engine
  /// committees' workbooks written since by hand, which the manifest knows nothing of.
  case outputsChanged([String])
  case inputsChanged([String])

  /// Whether the quarter's reports are written again.
  package var needsBuild: Bool { self != .upToDate }
}
