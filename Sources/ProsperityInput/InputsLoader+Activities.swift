import Foundation
import ProsperityModel
import ProsperityStore

extension InputsLoader {
  /// What reading one engine's activity file gave, to be merged into the dataset in file order.
  struct ActivityLoad: Sendable {
    let path: String
    let engine: String
    var file: InputFile?
    var activities = ActivityList()
    var totals: [String: Figure] = [:]
    var submitted: CalendarDate?
    var budgetFlags = BudgetFlags()
    var diagnostics: [Diagnostic] = []
    /// The fields read by the `String` rules rather than from their bytes (none from a digest).
    var fallbacks = BytePathFallbacks()
  }

  /// The files of a quarter folder that count, in name order: not hidden, not Excel's lock files.
  static func fileNames(in folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
      .filter { !$0.hasPrefix(".") && !$0.hasPrefix("~$") }
  }

  /// The engines' activity files in a quarter folder.
  static func activityFiles(in folder: String, catalog: Catalog) -> [(path: String, engine: String)]
  {
    fileNames(in: folder).compactMap { name in
      guard CommentFileReader.engine(of: name, catalog: catalog) == nil,
        let (engine, isKPI) = owner(of: name, catalog: catalog), !isKPI
      else { return nil }
      return ((folder as NSString).appendingPathComponent(name), engine)
    }
  }

  /// Merges `load` into the quarter being loaded.
  static func merge(
    _ load: ActivityLoad, into engines: inout [String: EngineQuarter], dataset: inout Dataset,
    log: inout DiagnosticLog
  ) {
    for diagnostic in load.diagnostics { log.append(diagnostic) }
    guard let file = load.file else { return }
    dataset.files.append(file)
    engines[load.engine]?.activitiesFile = load.path
    engines[load.engine]?.submitted[load.path] = load.submitted
    engines[load.engine]?.activities = load.activities
    engines[load.engine]?.activityMeasures = load.totals
    engines[load.engine]?.budgetFlags = load.budgetFlags
  }

  /// Reads one engine's activity file, or takes its counts, totals and diagnostics from its
  /// digest in `cache` when the file has not changed since the digest was recorded; the rows to
  /// hold are then read from the file's start, up to the last one held. A digest whose budget
  /// flags were found with other thresholds than `budget` is not used.
  static func loadActivities(
    _ path: String, engine: String, quarter: Quarter, holding: Int,
    budget: BudgetThresholds = BudgetThresholds(), cache: ActivityDigestCache?
  ) -> ActivityLoad {
    if holding < .max, let digest = cache?.digest(of: path, quarter: quarter),
      digest.budgetFlags.thresholds == budget,
      let load = load(digest, path: path, engine: engine, quarter: quarter, holding: holding)
    {
      return load
    }
    var load = ActivityLoad(path: path, engine: engine)
    var log = DiagnosticLog()
    guard
      var table = TableStream.open(
        path, required: QuarterFiles.activityColumns,
        optional: QuarterFiles.activityOptionalColumns, quarter: quarter, log: &log)
    else {
      load.diagnostics = log.entries
      return load
    }
    let reader = ActivityFileReader(quarter: quarter, holding: holding, budget: budget)
    let read = reader.read(&table, log: &log)
    load.diagnostics = log.entries
    load.file = table.file
    load.activities = read.activities
    load.totals = read.totals
    load.submitted = read.submitted
    load.budgetFlags = read.budgetFlags
    load.fallbacks = read.fallbacks
    if let cache, !table.failed {
      cache.record(
        ActivityDigest(
          format: ActivityDigestCache.format, identity: table.identity, file: table.file,
          count: read.activities.count, statusCounts: read.activities.statusCounts,
          totals: read.totals, submitted: read.submitted, budgetFlags: read.budgetFlags,
          diagnostics: log.entries))
    }
    return load
  }

  /// What `digest` says of the file, with `holding` rows read again; `nil` when the file no
  /// longer gives the rows its digest counted, so that it is read whole instead.
  private static func load(
    _ digest: ActivityDigest, path: String, engine: String, quarter: Quarter, holding: Int
  ) -> ActivityLoad? {
    guard let encoding = TextDecoding.Encoding(rawValue: digest.file.encoding) else { return nil }
    let source = ActivitySource(
      file: digest.file, identity: digest.identity, encoding: encoding, quarter: quarter)
    var load = ActivityLoad(path: path, engine: engine)
    load.file = digest.file
    load.activities = ActivityList(
      count: digest.count, countsByStatus: digest.statusCounts, source: source)
    guard (try? load.activities.holdAgain(holding)) != nil else { return nil }
    load.totals = digest.totals
    load.submitted = digest.submitted
    load.budgetFlags = digest.budgetFlags
    load.diagnostics = digest.diagnostics
    return load
  }

  /// The fields of every activity file in `directory` that the byte path left to the `String`
  /// rules, each file read in full (no digest): what the benchmark prints to show that an input
  /// set is read from its bytes.
  package static func bytePathFallbacks(
    in directory: String
  ) throws(InputsMissing) -> BytePathFallbacks {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { throw InputsMissing(path: directory) }
    let (catalog, _, _) = try CatalogLoader.load(from: directory)
    var ignored = DiagnosticLog()
    let files = quarterFolders(in: directory, log: &ignored).flatMap { quarter, folder in
      activityFiles(in: folder, catalog: catalog).map { ($0.path, $0.engine, quarter) }
    }
    let loads = files.parallelMap { path, engine, quarter in
      loadActivities(path, engine: engine, quarter: quarter, holding: 0, cache: nil).fallbacks
    }
    var total = BytePathFallbacks()
    for load in loads { total.add(load) }
    return total
  }
}
