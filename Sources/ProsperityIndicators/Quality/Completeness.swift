import ProsperityModel

/// What one engine handed in for one quarter, against what the catalog expects of it.
package struct EngineCompleteness: Sendable {
  /// The engine's id.
  package let engine: String
  /// The quarter the row of the matrix is for.
  package let quarter: Quarter
  /// Whether the quarter has a folder at all.
  package let hasFolder: Bool
  /// The KPI file's path; `nil` when it was not handed in.
  package let kpiFile: String?
  /// The activity file's path; `nil` when it was not handed in.
  package let activitiesFile: String?
  /// The engine's catalogued measures, by id.
  package let expected: [String]
  /// Those with a value this quarter.
  package let reported: [String]
  /// When each handed-in file arrived, where that is known.
  package let arrivals: [FileArrival]

  /// The catalogued measures without a value: not in the file, empty, rejected, or no file at all.
  package var missing: [String] { expected.filter { !reported.contains($0) } }

  /// Reported ÷ expected measures; `nil` for an engine with no catalogued measure.
  package var rate: Double? {
    expected.isEmpty ? nil : Double(reported.count) / Double(expected.count)
  }

  /// Whether anything the engine owes is missing.
  package var isComplete: Bool { kpiFile != nil && activitiesFile != nil && missing.isEmpty }

  /// The reporting rate from which an incomplete engine shows amber rather than red.
  static let amberRate = 0.5

  /// Green when complete, amber from ``amberRate``, red below; `nil` without a rate.
  package var status: Status? {
    guard let rate else { return nil }
    return isComplete ? .green : rate >= Self.amberRate ? .amber : .red
  }
}

/// The reporting rate of every engine in every quarter up to the report's, DHIS2's completeness
/// matrix, with when each file arrived against its due date.
struct CompletenessCheck {
  let dataset: Dataset
  let quarter: Quarter

  /// How many quarters the matrix goes back: three years.
  static let shownQuarters = 12

  /// Oldest quarter first, engines in catalog order; late files become warnings in `log`.
  func run(log: inout DiagnosticLog) -> [[EngineCompleteness]] {
    // Every quarter from the first with a folder, so a quarter nobody handed in shows as a gap;
    // at most the last ``shownQuarters``, or a stray folder centuries away would make a matrix
    // wider than a sheet.
    var quarters: [Quarter] = []
    if let first = dataset.reportedQuarters.first, first <= quarter {
      var each = quarter
      while quarters.count < Self.shownQuarters {
        quarters.append(each)
        guard each > first else { break }
        each = each.previous
      }
      quarters.reverse()
    }
    let timeliness = Timeliness(settings: dataset.catalog.quality.settings)
    return quarters.map { each in
      dataset.catalog.engines.map { engine in
        let row = completeness(engine.id, each, timeliness)
        if each == quarter {
          for arrival in row.arrivals where arrival.isLate {
            log.warning(
              Messages.fileLate(arrival), at: SourceLocation(file: arrival.path), quarter: quarter)
          }
        }
        return row
      }
    }
  }

  private func completeness(_ engine: String, _ quarter: Quarter, _ timeliness: Timeliness)
    -> EngineCompleteness
  {
    let expected = dataset.catalog.measures.values.filter { $0.engine == engine }.map(\.id).sorted()
    let here = dataset.engineQuarter(engine, quarter)
    let reported = expected.filter { here?.measures[$0]?.value.value != nil }
    let files = [here?.kpiFile, here?.activitiesFile].compactMap { $0 }
    return EngineCompleteness(
      engine: engine, quarter: quarter, hasFolder: dataset.quarters[quarter] != nil,
      kpiFile: here?.kpiFile, activitiesFile: here?.activitiesFile, expected: expected,
      reported: reported,
      arrivals: files.map {
        timeliness.arrival(of: $0, quarter: quarter, submitted: here?.submitted[$0])
      })
  }
}
