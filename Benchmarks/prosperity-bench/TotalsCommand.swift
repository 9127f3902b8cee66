import ArgumentParser
import Foundation
import ProsperityInput
import ProsperityModel

/// What prosperity reads from one quarter's files, per engine: its activity measures, its KPI
/// values and a sum of its activities' start dates (so that a date misread shows), one
/// `engine measure value` line each, as `Benchmarks/pandas_job.py --totals` prints them, so the
/// two readings of the same files can be compared line for line.
struct Totals: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the totals prosperity reads from one quarter's files, per engine.")

  @Argument(help: "The inputs folder.") var inputs: String
  @Argument(help: "The quarter, e.g. 2025-Q1.") var quarter: String

  func run() throws {
    guard let wanted = Quarter(parsing: quarter) else {
      throw ValidationError("not a quarter: \(quarter)")
    }
    let (dataset, _) = try InputsLoader.load(
      from: inputs, including: { $0 == wanted }, holdingActivities: { _ in .max })
    guard let engines = dataset.quarters[wanted] else {
      throw ValidationError("\(inputs) has no folder for \(quarter)")
    }
    for (engine, data) in engines.sorted(by: { $0.key < $1.key }) {
      var values = data.activityMeasures.merging(data.measures.mapValues(\.value)) { $1 }
        .mapValues(\.value)
      values["activities.start_days"] = Self.startDays(data.activities.leading)
      for (measure, value) in values.sorted(by: { $0.key < $1.key }) {
        print("\(engine) \(measure) \(value.map { String(format: "%.6f", $0) } ?? "none")")
      }
    }
  }

  /// The sum of the start dates given, as days since 1970-01-01; none when a row was rejected.
  static func startDays(_ activities: [Activity]) -> Double? {
    if activities.contains(where: \.isRejected) { return nil }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    var days = 0.0
    for case let start? in activities.map(\.start) {
      let components = DateComponents(year: start.year, month: start.month, day: start.day)
      days += calendar.date(from: components)!.timeIntervalSince1970 / 86_400
    }
    return days
  }
}
