extension InputsLoader {
  /// Reads one engine's activity file, or takes its digest from `cache` when none of its rows
  /// are to be held and the file has not changed since the digest was recorded.
  static func loadActivities(
    _ path: String, engine: String, quarter: Quarter, holding: Int, cache: ActivityDigestCache?,
    into engines: inout [String: EngineQuarter], dataset: inout Dataset, log: inout DiagnosticLog
  ) {
    let cache = holding == 0 ? cache : nil
    if let digest = cache?.digest(of: path, quarter: quarter),
      let encoding = TextDecoding.Encoding(rawValue: digest.file.encoding)
    {
      dataset.files.append(digest.file)
      for diagnostic in digest.diagnostics { log.append(diagnostic) }
      let source = ActivitySource(
        file: digest.file, identity: digest.identity, encoding: encoding, quarter: quarter)
      engines[engine]?.activitiesFile = path
      engines[engine]?.submitted[path] = digest.submitted
      engines[engine]?.activities = ActivityList(
        count: digest.count, countsByStatus: digest.statusCounts, source: source)
      engines[engine]?.activityMeasures = digest.totals
      return
    }
    // The file's own diagnostics are gathered apart, to be recorded with its digest.
    var fileLog = DiagnosticLog()
    defer { log.append(contentsOf: fileLog) }
    guard
      var table = TableStream.open(
        path, required: QuarterFiles.activityColumns,
        optional: QuarterFiles.activityOptionalColumns, quarter: quarter, log: &fileLog)
    else { return }
    dataset.files.append(table.file)
    let read = ActivityFileReader(quarter: quarter, holding: holding).read(&table, log: &fileLog)
    engines[engine]?.activitiesFile = path
    engines[engine]?.submitted[path] = read.submitted
    engines[engine]?.activities = read.activities
    engines[engine]?.activityMeasures = read.totals
    if let cache, !table.failed {
      cache.record(
        ActivityDigest(
          format: ActivityDigestCache.format, identity: table.identity, file: table.file,
          count: read.activities.count, statusCounts: read.activities.statusCounts,
          totals: read.totals, submitted: read.submitted, diagnostics: fileLog.entries))
    }
  }
}
