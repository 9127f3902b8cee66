import Foundation
import ProsperityModel
import ProsperityReports
import ProsperityStore

/// Where commands may write, checked before anything is written: never inside the inputs folder,
/// and inside the reports folder only where the command itself publishes. A quarter's folder, the
/// published comparisons, the manifest, the lock and the digests are each written by the command
/// that owns them, in its own way (a folder exchange, a recorded hash); a file written there by
/// `--output` would replace or sit beside them unnoticed.
struct OutputPlaces {
  /// The folders, as absolute paths with every symbolic link resolved.
  let inputs: String
  let reports: String

  enum Refusal {
    case insideInputs
    case reportsOwnFile
  }

  init(inputs: String, reports: String) {
    self.inputs = Self.resolved(inputs)
    self.reports = Self.resolved(reports)
  }

  /// Whether the two folders are one, or one lies inside the other: the reports would then be read
  /// as inputs, or a run's sweep and folder exchanges would reach the inputs.
  var foldersNested: Bool { Self.isInside(reports, inputs) || Self.isInside(inputs, reports) }

  /// Why `output` may not be written by a command whose own default outputs are `own`; `nil` when
  /// it may.
  func refusal(of output: String, own: [String]) -> Refusal? {
    let path = Self.resolved(output)
    if Self.isInside(path, inputs) { return .insideInputs }
    guard Self.isInside(path, reports), !own.map(Self.resolved).contains(path) else { return nil }
    let parts = path.dropFirst(reports.count).split(separator: "/").map(String.init)
    guard let first = parts.first else { return .reportsOwnFile }
    if [ActivityDigestCache.folderName, Manifest.fileName, RunLock.fileName].contains(first)
      || Quarter(parsing: first) != nil
    {
      return .reportsOwnFile
    }
    if first == ReportPaths.comparisonsFolder {
      return parts.count == 1 || ComparisonPaths.isPublished(parts[1]) ? .reportsOwnFile : nil
    }
    return nil
  }

  /// Whether `path` is `folder` or lies inside it.
  static func isInside(_ path: String, _ folder: String) -> Bool {
    path == folder || path.hasPrefix(folder == "/" ? "/" : folder + "/")
  }

  /// `path` as an absolute path: the longest part of it that exists with its symbolic links
  /// resolved, the rest (which cannot hold links) with `.` and `..` applied.
  static func resolved(_ path: String) -> String {
    let absolute =
      path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    var existing = absolute.split(separator: "/").map(String.init)
    var rest: [String] = []
    var base = "/"
    while true {
      if let real = realpath("/" + existing.joined(separator: "/"), nil) {
        base = String(cString: real)
        free(real)
        break
      }
      guard let last = existing.popLast() else { break }
      rest.insert(last, at: 0)
    }
    var parts = base.split(separator: "/").map(String.init)
    for part in rest where part != "." {
      if part == ".." { _ = parts.popLast() } else { parts.append(part) }
    }
    return "/" + parts.joined(separator: "/")
  }
}

extension ComparisonPaths {
  /// Whether `name` is a file of a published comparison, `2026-Q2_vs_2026-Q3.xlsx` or `.txt`.
  static func isPublished(_ name: String) -> Bool {
    let base = (name as NSString).deletingPathExtension
    let quarters = base.components(separatedBy: "_vs_")
    return ["xlsx", "txt"].contains((name as NSString).pathExtension) && quarters.count == 2
      && quarters.allSatisfy { Quarter(parsing: $0) != nil }
  }
}
