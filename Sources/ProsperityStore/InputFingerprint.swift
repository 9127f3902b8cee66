import Foundation
import ProsperityModel
import ProsperitySupport

/// The hashes of the input files a quarter's reports depend on, read straight from disk (so even a
/// file that cannot be parsed counts).
package struct InputFingerprint: Sendable {
  /// Relative path → SHA-256, for the catalog files and every quarter folder's files.
  package let files: [String: String]
  /// The quarter each file belongs to (`nil` for the catalog).
  private let quarterOf: [String: Quarter]

  package init(inputs: String) {
    var files: [String: String] = [:]
    var quarters: [String: Quarter] = [:]
    let manager = FileManager.default
    for name in ((try? manager.contentsOfDirectory(atPath: inputs)) ?? [])
    where !name.hasPrefix(".") {
      let path = (inputs as NSString).appendingPathComponent(name)
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
      if !isDirectory.boolValue {
        files[name] = Self.hash(path)
      } else if let quarter = Quarter(parsing: name) {
        for file in ((try? manager.contentsOfDirectory(atPath: path)) ?? [])
        where !file.hasPrefix(".") {
          let relative = name + "/" + file
          files[relative] = Self.hash((path as NSString).appendingPathComponent(file))
          quarters[relative] = quarter
        }
      }
    }
    self.files = files
    self.quarterOf = quarters
  }

  /// The quarters whose folders hold the files, in order.
  package var quarters: [Quarter] { Set(quarterOf.values).sorted() }

  /// The inputs `quarter`'s reports depend on: the catalog and every quarter folder up to it.
  package func inputs(of quarter: Quarter) -> [String: String] {
    files.filter { path, _ in quarterOf[path].map { $0 <= quarter } ?? true }
  }

  private static func hash(_ path: String) -> String {
    SHA256.hex(ofFileAt: path) ?? "unreadable"
  }
}

extension Manifest.Build {
  /// Whether this recorded build still stands for `inputs` and the options, and if not, why.
  package func decision(
    inputs: [String: String], tool: String, language: String, reports: String
  ) -> BuildDecision {
    guard self.tool == tool, self.language == language else { return .optionsChanged }
    let changed = Set(inputs.keys).union(self.inputs.keys).filter { inputs[$0] != self.inputs[$0] }
    if !changed.isEmpty { return .inputsChanged(changed.sorted()) }
    let missing = outputs.filter {
      !FileManager.default.fileExists(atPath: (reports as NSString).appendingPathComponent($0))
    }
    return missing.isEmpty ? .upToDate : .outputsMissing(missing)
  }
}
