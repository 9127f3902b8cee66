import ProsperityIndicators
import ProsperityModel

/// Builds a ``QuarterComparison`` from the two quarters' reports, computed from today's inputs with
/// today's catalog so the numbers are like for like.
///
/// Each quarter's catalog is the one recorded when it was published (`catalog-QUARTER.csv`), or
/// today's for a quarter not published yet. An indicator whose definition differs between the two
/// is reported as a catalog change, never as a change in performance. An indicator that is no
/// longer in today's catalog cannot be computed: its values are those published.
package struct ComparisonBuilder: Sendable {
  let dataset: Dataset
  /// The quarters' publication records; a quarter without one is read with today's catalog.
  package var records: [Quarter: PublicationRecord] = [:]
  /// The one engine to compare; `nil` for all.
  package var engine: String?

  /// A builder over today's inputs, comparing every engine, with no record until one is set.
  package init(dataset: Dataset) { self.dataset = dataset }

  /// Compares the two quarters. Every activity of both is matched by id, read again from the files
  /// where they are not held: throws ``ActivitySourceChanged`` when a file changed since it was
  /// first read, ``SpoolFailed`` when the matches cannot be kept in a temporary file.
  package func compare(_ first: QuarterReport, _ second: QuarterReport) throws -> QuarterComparison
  {
    let (earlier, later) = first.quarter <= second.quarter ? (first, second) : (second, first)
    let catalog = dataset.catalog
    let engines = catalog.engines.filter { engine == nil || $0.id == engine }
    let engineIDs = Set(engines.map(\.id))
    let compared = indicatorIDs().compactMap { indicator($0, earlier, later) }
      .filter { engineIDs.contains($0.definition.engine) }
    // Grouped by engine, in the order the reports list engines.
    let indicators = engines.flatMap { engine in
      compared.filter { $0.definition.engine == engine.id }
    }
    let changes = indicators.compactMap(\.catalogChange)
    var totals: [String: (earlier: [String: Figure], later: [String: Figure])] = [:]
    let activities = try ComparedActivities(
      engines.map {
        ActivityMatches(
          engine: $0.id, earlier: earlier.activities(of: $0.id), later: later.activities(of: $0.id))
      })
    for engine in engines {
      totals[engine.id] = (
        earlier.engines[engine.id]?.activityMeasures ?? [:],
        later.engines[engine.id]?.activityMeasures ?? [:]
      )
    }
    return QuarterComparison(
      earlier: earlier.quarter, later: later.quarter, engines: engines, indicators: indicators,
      activities: activities, catalogChanges: changes, activityTotals: totals,
      earlierProblems: (earlier.errorCount, earlier.warningCount),
      laterProblems: (later.errorCount, later.warningCount))
  }

  /// Today's indicators in catalog order, then those only the records know.
  private func indicatorIDs() -> [String] {
    var ids = dataset.catalog.indicators.map(\.id)
    var seen = Set(ids)
    for record in records.values.sorted(by: { $0.quarter < $1.quarter }) {
      for row in record.indicators where record.definitions?[row.id] != nil {
        if seen.insert(row.id).inserted { ids.append(row.id) }
      }
    }
    return ids
  }

  private func indicator(_ id: String, _ earlier: QuarterReport, _ later: QuarterReport)
    -> IndicatorComparison?
  {
    let current = dataset.catalog.indicators.first { $0.id == id }
    let before = definition(id, records[earlier.quarter], current)
    let after = definition(id, records[later.quarter], current)
    guard let shown = current.map(IndicatorDefinition.init) ?? after ?? before else { return nil }
    var change: CatalogChange?
    switch (before, after) {
    case (nil, .some(let added)): change = CatalogChange(definition: added, kind: .added)
    case (.some(let removed), nil): change = CatalogChange(definition: removed, kind: .removed)
    case (.some(let old), .some(let new)):
      let differences = new.differences(from: old)
      if !differences.isEmpty {
        change = CatalogChange(definition: new, kind: .redefined(differences))
      }
    case (nil, nil): break
    }
    let earlierSide = side(id, in: earlier)
    let laterSide = side(id, in: later)
    let direction = shown.direction
    return IndicatorComparison(
      definition: shown, isHeadline: current?.isHeadline ?? false, earlier: earlierSide,
      later: laterSide,
      verdict: change?.verdict
        ?? Verdict.judge(earlier: earlierSide.value, later: laterSide.value, direction: direction),
      yearToDateVerdict: change?.verdict
        ?? Verdict.judge(
          earlier: earlierSide.yearToDate, later: laterSide.yearToDate, direction: direction),
      catalogChange: change)
  }

  /// The definition a quarter's reports use: its record's when it has one, else today's.
  private func definition(_ id: String, _ record: PublicationRecord?, _ current: Indicator?)
    -> IndicatorDefinition?
  {
    if let definitions = record?.definitions { return definitions[id] }
    return current.map(IndicatorDefinition.init)
  }

  /// An indicator in one quarter: computed now when today's catalog has it, else as published.
  private func side(_ id: String, in report: QuarterReport) -> IndicatorSide {
    if let result = report.results.first(where: { $0.indicator.id == id }) {
      let observer = Observer(dataset: dataset)
      return IndicatorSide(
        value: observer.quarterValue(result), yearToDate: observer.yearToDate(result),
        status: result.status)
    }
    guard let published = records[report.quarter]?.indicator(id) else {
      let reason = CompareText.notInReports(report.quarter)
      return IndicatorSide(
        value: .notReported(reason), yearToDate: .notReported(reason), status: nil)
    }
    let reason = CompareText.noPublishedValue
    return IndicatorSide(
      value: published.value.map(Observation.value) ?? .notReported(reason),
      yearToDate: published.yearToDate.map(Observation.value) ?? .notReported(reason),
      status: published.status)
  }
}
