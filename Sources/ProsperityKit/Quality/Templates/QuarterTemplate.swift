/// The files to send each engine's manager before a quarter: every catalogued measure with an empty
/// value (one row per locality where the engine reported it per locality last time), and last
/// quarter's activities carried over to update.
struct QuarterTemplate {
  let dataset: Dataset
  let quarter: Quarter
  let language: Language

  static let kpiHeader = ["measure", "value", "locality", "source", "notes"]
  static let activityHeader = [
    "activity_id", "title", "category", "lead", "status", "start", "end", "budget_planned",
    "budget_spent", "participants", "notes",
  ]

  /// File name → CSV rows (header first), for every engine, KPI file then activity file.
  func files() -> [(name: String, rows: [[String]])] {
    dataset.catalog.engines.flatMap { engine in
      [
        (engine.id + QuarterFiles.kpiSuffix, [Self.kpiHeader] + kpiRows(engine.id)),
        (
          engine.id + QuarterFiles.activitiesSuffix,
          [Self.activityHeader] + activityRows(engine.id)
        ),
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

  func activityRows(_ engine: String) -> [[String]] {
    let last = latest(engine) { $0.activitiesFile != nil }
    let amount = { (value: Double?) in value.map(NumberText.plain) ?? "" }
    let activities: [Activity] = last?.activities.leading ?? []
    return activities.map { activity in
      [
        activity.id, activity.title, activity.category, activity.lead,
        activity.status.map { language == .hebrew ? $0.label.hebrew : $0.rawValue } ?? "",
        activity.start?.description ?? "", activity.end?.description ?? "",
        amount(activity.budgetPlanned), amount(activity.budgetSpent), "", "",
      ]
    }
  }

  /// A CSV as Excel in Israel opens it right: UTF-8 with a byte-order mark, CRLF line ends.
  static func csv(_ rows: [[String]]) -> [UInt8] {
    let text =
      rows.map { $0.map(CSVField.escape).joined(separator: ",") }
      .joined(separator: "\r\n") + "\r\n"
    return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
  }
}
