import Foundation

extension InputsLoader {
  /// What reading one engine's activity file gave, to be merged into the dataset in file order.
  struct ActivityLoad: Sendable {
    let path: String
    let engine: String
    var file: InputFile?
    var activities = ActivityList()
    var totals: [String: Figure] = [:]
    var submitted: CalendarDate?
    var diagnostics: [Diagnostic] = []
    /// Whether the file could be used at all.
    var isRead: Bool { file != nil }
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
  }

  /// Reads one engine's activity file, or takes its digest from `cache` when none of its rows
  /// are to be held and the file has not changed since the digest was recorded.
  static func loadActivities(
    _ path: String, engine: String, quarter: Quarter, holding: Int, cache: ActivityDigestCache?
  ) -> ActivityLoad {
    var load = ActivityLoad(path: path, engine: engine)
    let cache = holding == 0 ? cache : nil
    if let digest = cache?.digest(of: path, quarter: quarter),
      let encoding = TextDecoding.Encoding(rawValue: digest.file.encoding)
    {
      let source = ActivitySource(
        file: digest.file, identity: digest.identity, encoding: encoding, quarter: quarter)
      load.file = digest.file
      load.activities = ActivityList(
        count: digest.count, countsByStatus: digest.statusCounts, source: source)
      load.totals = digest.totals
      load.submitted = digest.submitted
      load.diagnostics = digest.diagnostics
      return load
    }
    var log = DiagnosticLog()
    guard
      var table = TableStream.open(
        path, required: QuarterFiles.activityColumns,
        optional: QuarterFiles.activityOptionalColumns, quarter: quarter, log: &log)
    else {
      load.diagnostics = log.entries
      return load
    }
    let read = ActivityFileReader(quarter: quarter, holding: holding).read(&table, log: &log)
    load.diagnostics = log.entries
    load.file = table.file
    load.activities = read.activities
    load.totals = read.totals
    load.submitted = read.submitted
    if let cache, !table.failed {
      cache.record(
        ActivityDigest(
          format: ActivityDigestCache.format, identity: table.identity, file: table.file,
          count: read.activities.count, statusCounts: read.activities.statusCounts,
          totals: read.totals, submitted: read.submitted, diagnostics: log.entries))
    }
    return load
  }
}
