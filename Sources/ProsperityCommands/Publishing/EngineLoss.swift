import ProsperityCompare
import ProsperityModel

/// An engine that would keep values for fewer than half of the indicators it has published values
/// for, were a report published over its quarter's record. Most likely a catalog problem (its
/// measures or indicators gone, its files unreadable), which must not silently replace the
/// figures a committee was given.
struct EngineLoss {
  let quarter: Quarter
  let engine: String
  /// The engine's indicators with a value (quarter or year to date) in the new report.
  let kept: Int
  /// Its indicators with a value in the published record.
  let published: Int

  /// The first engine of the record that would lose most of its values, if any.
  init?(of report: QuarterReport, against record: PublicationRecord) {
    var engines: [String] = []
    var published: [String: Set<String>] = [:]
    for row in record.indicators where row.value != nil || row.yearToDate != nil {
      if published[row.engine] == nil { engines.append(row.engine) }
      published[row.engine, default: []].insert(row.id)
    }
    var kept: [String: Int] = [:]
    for result in report.results
    where result.value.value != nil || result.yearToDate.value != nil {
      kept[result.indicator.engine, default: 0] += 1
    }
    guard
      let engine = engines.first(where: {
        kept[$0, default: 0] * 2 < published[$0, default: []].count
      })
    else { return nil }
    self.quarter = report.quarter
    self.engine = engine
    self.kept = kept[engine, default: 0]
    self.published = published[engine, default: []].count
  }
}
