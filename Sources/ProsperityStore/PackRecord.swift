import Foundation
import ProsperityModel
import ProsperitySupport

/// `packs-2026-Q3.csv`: every file of the engine committees' packs a quarter's folder publishes,
/// with its SHA-256 and the basis it was made from (a digest of everything a pack depends on:
/// the quarter's publication record, the language and the build of the tool). A pack whose basis
/// is unchanged and whose files are still the bytes written is carried into the next publication
/// of its folder as it is, instead of being computed and written again.
package struct PackRecord: Sendable, Equatable {
  /// One published file of a pack.
  package struct Entry: Sendable, Equatable {
    package var sha256: String
    package var basis: String

    package init(sha256: String, basis: String) {
      (self.sha256, self.basis) = (sha256, basis)
    }
  }

  /// By file name in the quarter's folder.
  package var files: [String: Entry] = [:]

  static let columns = ["file", "sha256", "basis"]

  package init(files: [String: Entry] = [:]) {
    self.files = files
  }

  /// `packs-2026-Q3.csv`, in the quarter's folder.
  package static func name(_ quarter: Quarter) -> String { "packs-\(quarter).csv" }

  /// The record in `folder`; empty when there is none or it cannot be read. A line that is not
  /// one the tool writes is left out, so its pack is written again: the record only ever saves
  /// work, never decides what a report says.
  package static func read(folder: String, quarter: Quarter) -> PackRecord {
    let path = (folder as NSString).appendingPathComponent(name(quarter))
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else { return PackRecord() }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
    guard lines.first.map(String.init) == columns.joined(separator: ",") else {
      return PackRecord()
    }
    lines.removeFirst()
    var record = PackRecord()
    for line in lines where !line.contains("\"") {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == columns.count, Self.isDigest(fields[1]), Self.isDigest(fields[2])
      else { continue }
      record.files[fields[0]] = Entry(sha256: fields[1], basis: fields[2])
    }
    return record
  }

  /// The record's bytes, its files sorted so the same packs give the same bytes.
  package func rendered() -> [UInt8] {
    let rows = files.sorted { $0.key < $1.key }.map { name, entry in
      [CSVField.escape(name), entry.sha256, entry.basis].joined(separator: ",")
    }
    return Array(([Self.columns.joined(separator: ",")] + rows).joined(separator: "\n").utf8)
      + Array("\n".utf8)
  }

  /// Whether the file published as `name` was made from `basis`, and `path` (where it is now)
  /// still holds the bytes then written.
  package func holds(_ name: String, madeFrom basis: String, at path: String) -> Bool {
    guard let entry = files[name], entry.basis == basis,
      let sha256 = try? SHA256.hex(ofFileAt: path)
    else { return false }
    return sha256 == entry.sha256
  }

  /// The SHA-256 of the file at `path`, as recorded; `nil` when it cannot be read.
  package static func sha256(ofFileAt path: String) throws(OutputError) -> String? {
    do {
      return try SHA256.hex(ofFileAt: path)
    } catch {
      throw OutputError(path: path, reason: "\(error)")
    }
  }

  /// The SHA-256 of `bytes`, written as a file of a pack.
  package static func sha256(of bytes: [UInt8]) throws(OutputError) -> String {
    do {
      return try SHA256.hex(of: bytes)
    } catch {
      throw OutputError(path: "SHA-256", reason: "\(error)")
    }
  }

  private static func isDigest(_ field: String) -> Bool {
    field.utf8.count == 64
      && field.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
  }
}
