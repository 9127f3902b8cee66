import Foundation
import ProsperityModel
import ProsperitySupport

/// What reading one activity file yields when none of its rows are kept: its counts, totals,
/// hand-in date, hash and diagnostics. Recorded so that a later run, finding the file unchanged,
/// need not read it again: a report of one quarter needs every earlier quarter's totals, and
/// re-reading them all was most of a large run.
package struct ActivityDigest: Codable {
  let format: String
  /// The file's identity when it was read: the digest stands only while the file keeps it.
  package let identity: FileIdentity
  /// The file's path, quarter, hash and encoding, as the dataset lists it.
  package let file: InputFile
  /// The listed rows, as ``ActivityList/count``.
  package let count: Int
  /// Rows by status, in `ActivityStatus.allCases` order.
  package let statusCounts: [Int]
  /// The `activities.*` measures the rows give, by measure id.
  package let totals: [String: Figure]
  /// The latest `submitted` date of the file, when it gives one.
  package let submitted: CalendarDate?
  /// The flagged activities, found with the thresholds they record.
  package let budgetFlags: BudgetFlags
  /// What reading the file reported, given again whenever the digest stands in for a reading.
  package let diagnostics: [Diagnostic]

  /// A digest of one reading, recorded under the tool's current digest `format`.
  package init(
    format: String, identity: FileIdentity, file: InputFile, count: Int, statusCounts: [Int],
    totals: [String: Figure], submitted: CalendarDate?, budgetFlags: BudgetFlags,
    diagnostics: [Diagnostic]
  ) {
    self.format = format
    self.identity = identity
    self.file = file
    self.count = count
    self.statusCounts = statusCounts
    self.totals = totals
    self.submitted = submitted
    self.budgetFlags = budgetFlags
    self.diagnostics = diagnostics
  }
}

/// Digests of activity files, kept in `Reports/.cache`, one file per input file.
///
/// An entry is used only while the input file has the same device, inode, size, modification
/// and change times as when it was read, and only by the same tool version. Files changed in
/// the last seconds before reading are not recorded, since a second change within the clock's
/// granularity would leave every time as it was.
package struct ActivityDigestCache: Sendable {
  /// The cache's folder inside the reports folder, hidden from a user's listing.
  package static let folderName = ".cache"
  /// Changes whenever what a digest holds, or how a file is read, changes.
  package static let format = "activity-digest-2 prosperity \(ToolVersion.current)"
  let folder: String
  /// How recent a modification must be for the file not to be recorded.
  let settleSeconds: Int
  /// Files smaller than this are read, not looked up: reading a small file costs less than
  /// decoding its digest.
  let smallestFile: Int
  /// Whether recorded digests are used; without, every file is read and its digest recorded anew
  /// (`run --force`: from the input bytes, whatever the folder holds).
  private(set) var usesRecorded = true

  /// The cache of the reports folder `reports`; `nil` when that folder does not exist yet (a
  /// cache is no reason to create it).
  package init?(reports: String) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: reports, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { return nil }
    self.init(folder: (reports as NSString).appendingPathComponent(Self.folderName))
  }

  init(folder: String, settleSeconds: Int = 2, smallestFile: Int = 256 * 1024) {
    self.folder = folder
    self.settleSeconds = settleSeconds
    self.smallestFile = smallestFile
  }

  /// This cache, recording digests without using any already recorded.
  package var recordingOnly: ActivityDigestCache {
    var cache = self
    cache.usesRecorded = false
    return cache
  }

  /// The digest recorded for `path`, if the file is still the one it was made from.
  package func digest(of path: String, quarter: Quarter) -> ActivityDigest? {
    guard usesRecorded, let identity = FileIdentity(path: path), identity.size >= smallestFile,
      let entry = try? entry(for: path), let data = FileManager.default.contents(atPath: entry),
      let digest = try? JSONDecoder().decode(ActivityDigest.self, from: data),
      digest.format == Self.format, digest.identity == identity, digest.file.path == path,
      digest.file.quarter == quarter
    else { return nil }
    return digest
  }

  /// Records `digest`; failing to is not an error (the file is simply read next time).
  package func record(_ digest: ActivityDigest) {
    let now = Int(Date().timeIntervalSince1970)
    guard digest.identity.size >= smallestFile,
      digest.identity.modifiedSeconds < now - settleSeconds,
      digest.identity.changedSeconds < now - settleSeconds,
      let data = try? Self.encode(digest)
    else { return }
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    guard let entry = try? entry(for: digest.file.path) else { return }
    try? AtomicFile.write(data, to: entry)
  }

  /// The digest's JSON with its keys in order, so that the same reading records the same bytes.
  private static func encode(_ digest: ActivityDigest) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return try encoder.encode(digest)
  }

  /// One entry per input path, named by the path's hash so any path makes a valid file name.
  private func entry(for path: String) throws -> String {
    (folder as NSString).appendingPathComponent(try SHA256.hex(of: Array(path.utf8)) + ".json")
  }
}
