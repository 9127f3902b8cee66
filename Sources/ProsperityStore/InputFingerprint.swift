import Foundation
import ProsperityModel
import ProsperitySupport

/// The hashes of the input files a quarter's reports depend on, read straight from disk (so even a
/// file that cannot be parsed counts).
package struct InputFingerprint: Sendable {
  /// Relative path → SHA-256, for the catalog files and every quarter folder's files.
  let files: [String: String]
  /// The quarter each file belongs to (`nil` for the catalog).
  private let quarterOf: [String: Quarter]
  /// Every entry of the inputs folder and of each folder in it, sorted, folders ending in `/`
  /// (`2026-Q3/`, `2026-Q3/tourism-kpis.csv`, `1926-Q3/`): what the loader reports on besides the
  /// files' bytes (a folder outside the quarters that can be reported, two folders for one
  /// quarter, an empty quarter folder, a folder inside a quarter's).
  let layout: [String]

  /// Hashes every file of the inputs folder `inputs` and of its reportable quarter folders;
  /// hidden files are left out, and a file that cannot be read hashes as `unreadable`. Throws
  /// only when libcrypto fails.
  package init(inputs: String) throws {
    var files: [String: String] = [:]
    var quarters: [String: Quarter] = [:]
    var layout: [String] = []
    let manager = FileManager.default
    for name in Self.entries(of: inputs) {
      let path = (inputs as NSString).appendingPathComponent(name)
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
      guard isDirectory.boolValue else {
        files[name] = try Self.hash(path)
        layout.append(name)
        continue
      }
      layout.append(name + "/")
      let quarter = Quarter(parsing: name).flatMap { $0.isReportable ? $0 : nil }
      for file in Self.entries(of: path) {
        let relative = name + "/" + file
        let full = (path as NSString).appendingPathComponent(file)
        var isFolder: ObjCBool = false
        _ = manager.fileExists(atPath: full, isDirectory: &isFolder)
        layout.append(relative + (isFolder.boolValue ? "/" : ""))
        if let quarter {
          files[relative] = try Self.hash(full)
          quarters[relative] = quarter
        }
      }
    }
    self.files = files
    self.quarterOf = quarters
    self.layout = layout.sorted()
  }

  /// The quarters whose folders hold the files, in order.
  package var quarters: [Quarter] { Set(quarterOf.values).sorted() }

  /// The inputs `quarter`'s reports depend on: the catalog and every quarter folder up to it.
  package func inputs(of quarter: Quarter) -> [String: String] {
    files.filter { path, _ in quarterOf[path].map { $0 <= quarter } ?? true }
  }

  /// The first input (relative path) whose bytes are not the same as when `earlier` was taken, or
  /// not the bytes the loader read (`read`: relative path → SHA-256 of what was read): reports
  /// built from what was read would otherwise be recorded under hashes of other bytes. `nil` when
  /// all agree.
  package func firstChange(since earlier: InputFingerprint, read: [String: String]) -> String? {
    var changed = Set(files.keys).union(earlier.files.keys).filter {
      files[$0] != earlier.files[$0]
    }
    changed.formUnion(read.keys.filter { files[$0] != read[$0] })
    return changed.sorted().first
  }

  /// The entries of the folder at `path` that are not hidden; none when it cannot be listed.
  private static func entries(of path: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter {
      !$0.hasPrefix(".")
    }
  }

  private static func hash(_ path: String) throws -> String {
    try SHA256.hex(ofFileAt: path) ?? "unreadable"
  }
}

extension Manifest.Build {
  /// Whether this recorded build still stands for `inputs` and the options, and if not, why.
  package func decision(
    inputs: [String: String], tool: String, language: String, reports: String, quarter: Quarter
  ) throws -> BuildDecision {
    guard self.tool == tool, self.language == language else { return .optionsChanged }
    let changed = Set(inputs.keys).union(self.inputs.keys).filter { inputs[$0] != self.inputs[$0] }
    if !changed.isEmpty { return .inputsChanged(changed.sorted()) }
    let full = { (relative: String) in (reports as NSString).appendingPathComponent(relative) }
    let missing = outputs.keys.sorted().filter { !FileManager.default.fileExists(atPath: full($0)) }
    if !missing.isEmpty { return .outputsMissing(missing) }
    var altered = try outputs.keys.sorted().filter { try !outputs[$0]!.matches(full($0)) }
    let folder = quarter.description
    let names = (try? FileManager.default.contentsOfDirectory(atPath: full(folder))) ?? []
    altered += names.sorted().map { folder + "/" + $0 }.filter { relative in
      outputs[relative] == nil
        && ReportPaths.engine(
          ofWorkbookNamed: (relative as NSString).lastPathComponent, quarter: quarter) != nil
    }
    return altered.isEmpty ? .upToDate : .outputsChanged(altered)
  }
}
