import Foundation

/// What reading one activity file yields when none of its rows are kept: its counts, totals,
/// hand-in date, hash and diagnostics. Recorded so that a later run, finding the file unchanged,
/// need not read it again: a report of one quarter needs every earlier quarter's totals, and
/// re-reading them all was most of a large run.
struct ActivityDigest: Codable {
  let format: String
  let identity: FileIdentity
  let file: InputFile
  let count: Int
  let statusCounts: [Int]
  let totals: [String: Figure]
  let submitted: CalendarDate?
  let diagnostics: [Diagnostic]
}

/// Digests of activity files, kept in `Reports/.cache`, one file per input file.
///
/// An entry is used only while the input file has the same device, inode, size, modification
/// and change times as when it was read, and only by the same tool version. Files changed in
/// the last seconds before reading are not recorded, since a second change within the clock's
/// granularity would leave every time as it was.
public struct ActivityDigestCache: Sendable {
  static let folderName = ".cache"
  /// Changes whenever what a digest holds, or how a file is read, changes.
  static let format = "activity-digest-2 prosperity \(Job.toolVersion)"
  let folder: String
  /// How recent a modification must be for the file not to be recorded.
  let settleSeconds: Int
  /// Files smaller than this are read, not looked up: reading a small file costs less than
  /// decoding its digest.
  let smallestFile: Int

  /// The cache of the reports folder `reports`; `nil` when that folder does not exist yet (a
  /// cache is no reason to create it).
  public init?(reports: String) {
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

  /// The digest recorded for `path`, if the file is still the one it was made from.
  func digest(of path: String, quarter: Quarter) -> ActivityDigest? {
    guard let identity = FileChunks.identity(of: path), identity.size >= smallestFile,
      let data = FileManager.default.contents(atPath: entry(for: path)),
      let digest = try? JSONDecoder().decode(ActivityDigest.self, from: data),
      digest.format == Self.format, digest.identity == identity, digest.file.path == path,
      digest.file.quarter == quarter
    else { return nil }
    return digest
  }

  /// Records `digest`; failing to is not an error (the file is simply read next time).
  func record(_ digest: ActivityDigest) {
    let now = Int(Date().timeIntervalSince1970)
    guard digest.identity.size >= smallestFile,
      digest.identity.modifiedSeconds < now - settleSeconds,
      digest.identity.changedSeconds < now - settleSeconds,
      let data = try? Self.encode(digest)
    else { return }
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try? AtomicFile.write(data, to: entry(for: digest.file.path))
  }

  /// The digest's JSON with its keys in order, so that the same reading records the same bytes.
  private static func encode(_ digest: ActivityDigest) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return try encoder.encode(digest)
  }

  /// One entry per input path, named by the path's hash so any path makes a valid file name.
  private func entry(for path: String) -> String {
    (folder as NSString).appendingPathComponent(SHA256.hex(of: Array(path.utf8)) + ".json")
  }
}
