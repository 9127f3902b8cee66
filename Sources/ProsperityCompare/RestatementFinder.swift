import ProsperityIndicators
import ProsperityModel

/// Finds the published values of a quarter that its report, computed again now, no longer shows:
/// the record of what was published against today's figures, with the input files or catalog
/// definitions that changed in between.
package struct RestatementFinder {
  let report: QuarterReport
  let dataset: Dataset
  /// The inputs folder as the user named it, to name changed files the same way.
  let inputs: String

  /// Every published row of `record` whose figures today differ, in the record's order, with what
  /// changed since.
  package func restatements(since record: PublicationRecord) -> [Restatement] {
    let changedFiles = self.changedFiles(since: record)
    var found: [Restatement] = []
    for published in record.indicators {
      guard let result = report.results.first(where: { $0.indicator.id == published.id }) else {
        found.append(removed(published, record))
        continue
      }
      let changes = fieldChanges(published, result)
      guard !changes.isEmpty else { continue }
      var causes: [RestatementCause] = []
      let now = IndicatorDefinition(result.indicator)
      if let old = record.definitions?[published.id] {
        let differences = now.differences(from: old)
        if !differences.isEmpty { causes.append(.definition(differences)) }
      }
      if let changedFiles {
        // A year-to-date figure reads the year so far; a seasonal expected, the year before too.
        let seasonal = result.indicator.isCumulative && result.indicator.phasing == .seasonal
        let quarters =
          changes.contains { $0.field != .value }
          ? report.quarter.yearToDate + (seasonal ? report.quarter.previousYear : [])
          : [report.quarter]
        let engines = self.engines(read: result.indicator)
        causes += changedFiles.filter { isRelevant($0.key, quarters: quarters, engines: engines) }
          .sorted { $0.key < $1.key }
          .map { .file(InputsRelative.full($0.key, inputs: inputs), $0.value) }
      }
      if causes.isEmpty {
        causes.append(
          changedFiles == nil || record.definitions == nil ? .unrecorded : .noInputChanged)
      }
      found.append(
        Restatement(
          quarter: report.quarter, indicator: published.id, engine: result.indicator.engine,
          name: result.indicator.name, unit: result.indicator.unit, location: published.location,
          changes: changes, causes: causes))
    }
    return found
  }

  /// Whether the files the figures are made from differ from those the record lists, or it lists
  /// none.
  package func sourcesChanged(since record: PublicationRecord) -> Bool {
    changedFiles(since: record).map { !$0.isEmpty } ?? true
  }

  private func fieldChanges(_ published: PublishedIndicator, _ result: IndicatorResult)
    -> [FieldRestatement]
  {
    let pairs: [(RestatedField, RestatedValue, RestatedValue)] = [
      (.value, RestatedValue(published.value), RestatedValue(result.value.value)),
      (.yearToDate, RestatedValue(published.yearToDate), RestatedValue(result.yearToDate.value)),
      (.target, RestatedValue(published.target), RestatedValue(result.target)),
      (.expected, RestatedValue(published.expected), RestatedValue(result.expected)),
      (.attainment, RestatedValue(published.attainment), RestatedValue(result.attainment)),
      (.status, .status(published.status), .status(result.status)),
    ]
    // The CSV writes the shortest text that reads back to the same double, so equal figures
    // compare exactly equal; any difference at all is a restatement.
    return pairs.filter { $0.1 != $0.2 }.map {
      FieldRestatement(field: $0.0, published: $0.1, now: $0.2)
    }
  }

  /// A published indicator that today's catalog no longer has.
  private func removed(_ published: PublishedIndicator, _ record: PublicationRecord)
    -> Restatement
  {
    let definition = record.definitions?[published.id]
    let changes = [
      FieldRestatement(field: .value, published: RestatedValue(published.value), now: .none),
      FieldRestatement(
        field: .yearToDate, published: RestatedValue(published.yearToDate), now: .none),
    ].filter { $0.published != .none }
    return Restatement(
      quarter: report.quarter, indicator: published.id, engine: published.engine,
      name: definition?.name ?? .verbatim(published.id), unit: definition?.unit,
      location: published.location, changes: changes, causes: [.removedFromCatalog])
  }

  /// The inputs (relative paths) added, removed or edited since the record was written; `nil`
  /// when the record has no list of its inputs.
  private func changedFiles(since record: PublicationRecord) -> [String: RestatementCause
    .FileChange]?
  {
    guard let before = record.sources else { return nil }
    var now: [String: String] = [:]
    for file in dataset.sourceFiles(of: report.quarter) {
      now[InputsRelative.path(file.path, inputs: inputs)] = file.sha256
    }
    var changed: [String: RestatementCause.FileChange] = [:]
    for path in Set(before.keys).union(now.keys) {
      switch (before[path], now[path]) {
      case (nil, .some): changed[path] = .added
      case (.some, nil): changed[path] = .removed
      case (.some(let old), .some(let new)) where old != new: changed[path] = .edited
      default: break
      }
    }
    return changed
  }

  /// The engines whose files an indicator's formula reads.
  private func engines(read indicator: Indicator) -> Set<String> {
    Set(
      indicator.formula.measureIDs.map { id in
        dataset.catalog.measure(named: id)?.engine(for: indicator.engine) ?? indicator.engine
      })
  }

  /// Whether a changed input can have moved an indicator's figures: any catalog file, or a file of
  /// an engine the formula reads in one of the quarters the figures cover.
  private func isRelevant(_ path: String, quarters: [Quarter], engines: Set<String>) -> Bool {
    let parts = path.split(separator: "/", omittingEmptySubsequences: true)
    guard parts.count == 2 else { return parts.count == 1 }
    guard let quarter = Quarter(parsing: String(parts[0])), quarters.contains(quarter) else {
      return false
    }
    let name = parts[1].lowercased()
    return engines.contains { name.hasPrefix($0 + "-") }
  }

  /// A finder for `report`, computed now from `dataset`, whose inputs folder is `inputs` as the
  /// user named it.
  package init(
    report: QuarterReport, dataset: Dataset, inputs: String
  ) {
    self.report = report
    self.dataset = dataset
    self.inputs = inputs
  }
}
