import Foundation
import ProsperityModel
import ProsperityStore

/// The first stage of the pipeline: reads the catalog and the quarter folders of an inputs directory
/// into a ``Dataset``, logging every problem it finds on the way.
package enum InputsLoader {
  /// Loads the catalog and the quarters that `include` accepts (all of them by default).
  ///
  /// Of each quarter's activity files, `holdActivities` rows are held in memory (every row by
  /// default); the rest are counted as they are read, and read again when a report lists them,
  /// so memory does not grow with the files.
  package static func load(
    from directory: String, including include: (Quarter) -> Bool = { _ in true },
    holdingActivities holdActivities: (Quarter) -> Int = { _ in .max },
    cache: ActivityDigestCache? = nil
  ) throws(InputsMissing) -> (Dataset, DiagnosticLog) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { throw InputsMissing(path: directory) }
    var (catalog, files, log) = try CatalogLoader.load(from: directory)
    var dataset = Dataset(catalog: catalog)
    dataset.files = files
    checkTopLevel(of: directory, log: &log)
    let folders = quarterFolders(in: directory, log: &log)
    if folders.isEmpty {
      log.warning(Messages.noQuarterFolders, at: SourceLocation(file: directory))
    }
    // Quarter folders are read independently on all cores, then merged in quarter order, so the
    // dataset and the diagnostics are the same as a sequential read's.
    let selected = folders.filter { include($0.0) }.map { ($0.0, $0.1, holdActivities($0.0)) }
    let catalogRead = catalog
    // Activity files, the large ones, are read first, all of them side by side whatever quarter
    // they belong to (a quarter's files would not spread over the cores from inside the quarter).
    let toRead = selected.flatMap { quarter, folder, holding in
      Self.activityFiles(in: folder, catalog: catalogRead).map {
        ($0.path, $0.engine, quarter, holding)
      }
    }
    let read = toRead.parallelMap { path, engine, quarter, holding in
      loadActivities(
        path, engine: engine, quarter: quarter, holding: holding,
        budget: catalogRead.quality.settings.budget, cache: cache)
    }
    let activityLoads = Dictionary(uniqueKeysWithValues: read.map { ($0.path, $0) })
    let loads = selected.parallelMap { quarter, folder, holding in
      var local = Dataset(catalog: catalogRead)
      var localLog = DiagnosticLog()
      loadQuarter(
        quarter, folder: folder, activityLoads: activityLoads, into: &local, log: &localLog)
      return (local, localLog)
    }
    for ((quarter, _, _), (local, localLog)) in zip(selected, loads) {
      dataset.quarters[quarter] = local.quarters[quarter]
      dataset.files += local.files
      log.append(contentsOf: localLog)
    }
    return (dataset, log)
  }

  /// The quarter folders of `directory`, by the quarter they hold. A folder named like a quarter in
  /// another accepted spelling counts; two folders for one quarter are an error.
  package static func quarterFolders(in directory: String, log: inout DiagnosticLog) -> [(
    Quarter, String
  )] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    var found: [Quarter: String] = [:]
    for name in names.sorted() {
      let path = (directory as NSString).appendingPathComponent(name)
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        isDirectory.boolValue, let quarter = Quarter(parsing: name)
      else { continue }
      // A problem of the inputs as a whole, like the catalog's: every report shows it.
      guard quarter.isReportable else {
        log.error(Messages.quarterOutOfRange(quarter), at: SourceLocation(file: path))
        continue
      }
      if let other = found[quarter] {
        log.error(
          Messages.duplicateQuarterFolder(quarter.description, other),
          at: SourceLocation(file: path), quarter: quarter)
        continue
      }
      found[quarter] = path
    }
    return found.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
  }

  private static func loadQuarter(
    _ quarter: Quarter, folder: String, activityLoads: [String: ActivityLoad],
    into dataset: inout Dataset, log: inout DiagnosticLog
  ) {
    let catalog = dataset.catalog
    var engines: [String: EngineQuarter] = [:]
    for engine in catalog.engines {
      engines[engine.id] = EngineQuarter(engine: engine.id, quarter: quarter)
    }
    for name in fileNames(in: folder) {
      let path = (folder as NSString).appendingPathComponent(name)
      if let engine = CommentFileReader.engine(of: name, catalog: catalog) {
        CommentFileReader.load(
          path, engine: engine, quarter: quarter, into: &engines, dataset: &dataset, log: &log)
        continue
      }
      guard let (engine, isKPI) = owner(of: name, catalog: catalog) else {
        strayFile(path, quarter: quarter, log: &log)
        continue
      }
      if isKPI {
        guard
          let table = readTable(
            path, QuarterFiles.kpiColumns, QuarterFiles.kpiOptionalColumns, quarter, &dataset, &log)
        else { continue }
        let reader = KPIFileReader(
          catalog: catalog, engine: engine, quarter: quarter,
          localities: LocalityMatcher(catalog.localities))
        engines[engine]?.kpiFile = path
        engines[engine]?.submitted[path] = SubmissionDate.read(table, quarter: quarter, log: &log)
        engines[engine]?.measures = reader.read(table, log: &log)
      } else {
        if let load = activityLoads[path] {
          merge(load, into: &engines, dataset: &dataset, log: &log)
        }
      }
    }
    for engine in catalog.engines {
      let here = engines[engine.id]
      for (suffix, present) in [
        (QuarterFiles.kpiSuffix, here?.kpiFile != nil),
        (QuarterFiles.activitiesSuffix, here?.activitiesFile != nil),
      ] where !present {
        let expected = (folder as NSString).appendingPathComponent(engine.id + suffix)
        // A file that is there but could not be read has its own error; saying it was not handed
        // in would send its manager looking for a file they did send.
        let message =
          FileManager.default.fileExists(atPath: expected)
          ? Messages.engineFileUnreadable(expected) : Messages.engineFileMissing(expected)
        log.warning(message, at: SourceLocation(file: expected), quarter: quarter)
      }
    }
    dataset.quarters[quarter] = engines
  }

  private static func readTable(
    _ path: String, _ required: [String], _ optional: [String], _ quarter: Quarter,
    _ dataset: inout Dataset, _ log: inout DiagnosticLog
  ) -> TableFile? {
    let table = TableFile.read(
      path, required: required, optional: optional, quarter: quarter, log: &log)
    if let table { dataset.files.append(table.file) }
    return table
  }

  /// The engine a quarter file belongs to, and whether it is its KPI file (else its activity file).
  package static func owner(of fileName: String, catalog: Catalog) -> (String, Bool)? {
    let lower = fileName.lowercased()
    for (suffix, isKPI) in [(QuarterFiles.kpiSuffix, true), (QuarterFiles.activitiesSuffix, false)]
    where lower.hasSuffix(suffix) {
      let engine = String(lower.dropLast(suffix.count))
      if catalog.engine(engine) != nil { return (engine, isKPI) }
    }
    return nil
  }

  /// A file that belongs to no engine: an error, with its rows kept for the data-quality sheet.
  private static func strayFile(_ path: String, quarter: Quarter, log: inout DiagnosticLog) {
    log.error(Messages.strayFile(path), at: SourceLocation(file: path), quarter: quarter)
    guard path.lowercased().hasSuffix(".csv"),
      let table = TableFile.read(
        path, required: [], acceptsAnyColumn: true, quarter: quarter, log: &log)
    else { return }
    log.error(
      Messages.strayRow, at: SourceLocation(file: path, line: 1, column: 1), quarter: quarter,
      rejectedRow: table.header)
    for record in table.records {
      log.error(Messages.strayRow, at: record.location(), quarter: quarter, rejectedRow: record.raw)
    }
  }
}
