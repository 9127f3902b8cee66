import ProsperityInput
import ProsperityModel

/// The files to send each engine's manager before a quarter: every catalogued measure with an empty
/// value (one row per locality where the engine reported it per locality last time), and last
/// quarter's activities carried over to update.
package struct QuarterTemplate {
  let dataset: Dataset
  let quarter: Quarter
  let language: Language

  static let kpiHeader = ["measure", "value", "locality", "source", "notes"]
  static let activityHeader = [
    "activity_id", "title", "category", "lead", "status", "start", "end", "budget_planned",
    "budget_spent", "participants", "notes",
  ]

  /// One file of the template: its name, and what writes its records (header first) to a sink.
  package struct File {
    /// The file's name in the quarter folder.
    package let name: String
    /// Hands each row of the file, header first, to `sink`.
    package let records: (_ sink: ([String]) throws -> Void) throws -> Void
  }

  /// For every engine, the KPI file then the activity file. Last quarter's activities are read
  /// again from their file as the template is written, so a list of any length is never held.
  package func files() -> [File] {
    dataset.catalog.engines.flatMap { engine in
      [
        File(name: engine.id + QuarterFiles.kpiSuffix) { sink in
          for record in [Self.kpiHeader] + kpiRows(engine.id) { try sink(record) }
        },
        File(name: engine.id + QuarterFiles.activitiesSuffix) { sink in
          try sink(Self.activityHeader)
          try visitActivityRows(engine.id, sink)
        },
      ]
    }
  }

  /// The engine's latest quarter before this one that has the file `has` looks for.
  private func latest(_ engine: String, _ has: (EngineQuarter) -> Bool) -> EngineQuarter? {
    dataset.reportedQuarters.reversed().lazy.filter { $0 < quarter }
      .compactMap { dataset.engineQuarter(engine, $0) }.first(where: has)
  }

  func kpiRows(_ engine: String) -> [[String]] {
    let last = latest(engine) { $0.kpiFile != nil }
    let measures = dataset.catalog.measures.values.filter { $0.engine == engine }.sorted {
      let (a, b) = (last?.measures[$0.id]?.location.line, last?.measures[$1.id]?.location.line)
      switch (a, b) {
      case (let a?, let b?): return a < b
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil): return $0.id < $1.id
      }
    }
    var rows: [[String]] = []
    for measure in measures {
      let previous = last?.measures[measure.id]
      let source = previous?.sources.joined(separator: "; ") ?? ""
      if let previous, !previous.byLocality.isEmpty {
        for locality in dataset.catalog.localities {
          rows.append([measure.id, "", locality.name(language), source, ""])
        }
      } else {
        rows.append([measure.id, "", "", source, ""])
      }
    }
    return rows
  }

  /// Last quarter's activities of `engine`, in file order, as template rows.
  func visitActivityRows(_ engine: String, _ body: ([String]) throws -> Void) throws {
    guard let last = latest(engine, { $0.activitiesFile != nil }) else { return }
    let amount = { (value: Double?) in value.map(NumberText.plain) ?? "" }
    try last.activities.visit { activity in
      try body([
        activity.id, activity.title, activity.category, activity.lead,
        activity.status.map { language == .hebrew ? $0.label.hebrew : $0.rawValue } ?? "",
        activity.start?.description ?? "", activity.end?.description ?? "",
        amount(activity.budgetPlanned), amount(activity.budgetSpent), "", "",
      ])
    }
  }

  /// The files to fill in for `quarter`, one pair per engine of `dataset`'s catalog, in `language`.
  package init(
    dataset: Dataset, quarter: Quarter, language: Language
  ) {
    self.dataset = dataset
    self.quarter = quarter
    self.language = language
  }
}
