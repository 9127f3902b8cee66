import Foundation
import ProsperityCompare
import ProsperityIndicators
import ProsperityModel
import ProsperityReports
import ProsperityStore
import ProsperitySupport

/// What a quarter's folder publishes beside its three reports, known once the full report is: the
/// publication record and the workbooks of engine committees.
struct FolderExtras {
  /// Files written from their bytes, by name in the folder.
  var files: [(name: String, bytes: [UInt8])] = []
  /// Engine committees' workbooks, by name in the folder.
  var workbooks: [(name: String, report: QuarterReport)] = []
  /// The packs' record so far (the files carried over as they were and the summaries written),
  /// completed with the workbooks once written, and what the packs written now are made from (see
  /// `PackBasis`); `nil` publishes no record, so every pack is written next time.
  var packs: (record: PackRecord, basis: String)?
}

/// What a quarter's folder publication did: the paths it published and, among them, those carried
/// over as they were.
struct FolderPublication {
  var paths: [String]
  var carried: [String]
}

/// A quarter's folder written as one publication.
enum QuarterFolderWriter {
  /// Engine committees' workbooks are written on all cores only while together they list fewer
  /// activities than this. A workbook too small to stream holds its cells until it is closed
  /// (about 4 KB a row: 79 MB for an engine's 20,000), so larger ones are written one at a time
  /// and memory stays where one of them puts it, whatever the number of cores.
  static let parallelPackRows = 5_000

  private static func activityRows(_ report: QuarterReport) -> Int {
    report.catalog.engines.reduce(0) { $0 + report.activities(of: $1.id).count }
  }

  /// Writes a quarter's files into a staging folder and swaps it in for the quarter's folder: the
  /// workbook in two stages, its activities sheet from `early` (the reported quarter alone), then,
  /// once `final` has given the full report and the folder's other files, the CSV, the summary,
  /// those files and the workbook's other sheets. A workbook named elsewhere (`--output`) is written
  /// atomically on its own, and the folder's workbook, if it holds one, is replaced by a copy of
  /// it. Any other file the tool publishes in the folder is written now, carried over by `final`
  /// (an unchanged engine pack) or left out; a user's own file stays. Returns what was published
  /// and the report it was written from.
  static func write(
    early: QuarterReport, language: Language, to paths: ReportPaths,
    final: (QuarterFolder) throws(OutputError) -> (QuarterReport, FolderExtras)
  ) throws(OutputError) -> (published: FolderPublication, report: QuarterReport) {
    let folder = QuarterFolder(paths.folder)
    let workbookInFolder = FilePath.parent(of: paths.workbook) == paths.folder
    let names = [paths.indicators, paths.summary, paths.workbook].map {
      ($0 as NSString).lastPathComponent
    }
    // A workbook named elsewhere never leaves the one the folder holds, from an earlier
    // publication, beside the new summary and CSV: the folder's is written again, a copy.
    let folderWorkbookName = ReportPaths.workbookName(paths.quarter)
    let folderWorkbook = (paths.folder as NSString).appendingPathComponent(folderWorkbookName)
    let refreshesFolderWorkbook =
      !workbookInFolder && FileManager.default.fileExists(atPath: folderWorkbook)
    try folder.prepare { name in !ReportPaths.isPublished(name, quarter: paths.quarter) }
    var report = early
    var extras = FolderExtras()
    var packRecordName: String?
    let finish = { () throws(OutputError) -> QuarterReport in
      (report, extras) = try final(folder)
      let written = report
      folder.write(named: names[0]) { Array(IndicatorsCSV.render(written).utf8) }
      folder.write(named: names[1]) {
        Array(TextSummary.render(written, language: language).utf8)
      }
      for file in extras.files {
        let bytes = file.bytes
        folder.write(named: file.name) { bytes }
      }
      return written
    }
    do throws(OutputError) {
      let path = workbookInFolder ? folder.staged(names[2]) : paths.workbook
      try CommitteeWorkbook.write(early: early, language: language, to: path, final: finish)
      if refreshesFolderWorkbook {
        folder.write(named: folderWorkbookName, copying: paths.workbook)
      }
      // The engine committees' workbooks are independent of one another: small ones are written
      // on all cores, larger ones one at a time (see `parallelPackRows`).
      // Each is hashed once written, for the packs' record.
      let staged = extras.workbooks.map { (folder.staged($0.name), $0.report) }
      let write = { @Sendable (path: String, report: QuarterReport) in
        Result { () throws(OutputError) -> String? in
          try CommitteeWorkbook.write(report, language: language, to: path)
          return try PackRecord.sha256(ofFileAt: path)
        }
      }
      let small = extras.workbooks.reduce(0) { $0 + activityRows($1.report) } < parallelPackRows
      var hashes: [String?] = []
      for outcome in small ? staged.parallelMap(write) : staged.map(write) {
        hashes.append(try outcome.get())
      }
      if let (partial, basis) = extras.packs {
        var record = partial
        for (workbook, sha256) in zip(extras.workbooks, hashes) {
          record.files[workbook.name] = sha256.map { .init(sha256: $0, basis: basis) }
        }
        let bytes = record.rendered()
        if !record.files.isEmpty {
          folder.write(named: PackRecord.name(paths.quarter)) { bytes }
          packRecordName = PackRecord.name(paths.quarter)
        }
      }
      try folder.publish()
    } catch {
      folder.discard()
      throw error
    }
    let inFolder = { (names: [String]) in names.map { "\(paths.folder)/\($0)" } }
    let carried = inFolder(extras.packs.map { Self.carried($0.record, extras) } ?? [])
    let others = inFolder(
      extras.files.map(\.name) + extras.workbooks.map(\.name) + (packRecordName.map { [$0] } ?? []))
    let copy = refreshesFolderWorkbook ? [folderWorkbook] : []
    let published = [paths.workbook] + copy + [paths.summary, paths.indicators] + others + carried
    return (FolderPublication(paths: published, carried: carried), report)
  }

  /// The pack files of `record` carried over: those neither written from bytes nor as a workbook.
  private static func carried(_ record: PackRecord, _ extras: FolderExtras) -> [String] {
    let written = Set(extras.files.map(\.name) + extras.workbooks.map(\.name))
    return record.files.keys.filter { !written.contains($0) }.sorted()
  }
}
