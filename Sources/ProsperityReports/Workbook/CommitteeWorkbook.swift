import Foundation
import ProsperityCompare
import ProsperityIndicators
import ProsperityModel
import ProsperityStore
import XlsxWriter

/// The committee workbook of one quarter: a summary dashboard, a sheet per engine, the figures by
/// locality, the history of every indicator, every activity, data quality and the definitions
/// behind every number, in Hebrew right to left by default.
package enum CommitteeWorkbook {
  /// The libxlsxwriter the workbooks are written with, its build told apart (see
  /// ``LibraryBuild``): what was written with another is written again.
  package static var library: String { LibraryBuild.current }

  /// Writes the workbook atomically to `path`.
  package static func write(
    _ report: QuarterReport, language: Language, to path: String
  ) throws(OutputError) {
    try write(report, language: language, to: path, limits: .standard)
  }

  /// Writes the workbook with `limits` on its sheets' sizes (tests use small ones).
  package static func write(
    _ report: QuarterReport, language: Language, to path: String, limits: WorkbookLimits
  ) throws(OutputError) {
    try write(early: report, language: language, to: path, limits: limits) { report }
  }

  /// Writes the workbook in two stages: the activities sheet from `early` (the reported
  /// quarter's own files are all it reads), then every other sheet from the report `final`
  /// gives, which may still be reading earlier quarters meanwhile. Every workbook is written in
  /// this order, since libxlsxwriter numbers formats in the order cells use them.
  package static func write(
    early: QuarterReport, language: Language, to path: String,
    limits: WorkbookLimits = .standard, final: () throws -> QuarterReport
  ) throws(OutputError) {
    try WorkbookFile.write(to: path, language: language) { temporary in
      let started = try StartedWorkbook(early, language: language, limits: limits, at: temporary)
      let report = try final()
      let plan = WorkbookPlan(report, language: language, limits: limits)
      guard started.plan.hasSameSheets(as: plan) else { throw ActivitySourceChanged(path: path) }
      try started.finish(report, plan: plan)
    }
  }
}

extension Quarter {
  /// The quarter's last day at midnight UTC: the workbook's created date, taken from the data so a
  /// rerun on the same inputs writes the same file.
  var endDate: Date {
    var components = DateComponents()
    components.year = number == 4 ? year + 1 : year
    components.month = number == 4 ? 1 : number * 3 + 1
    components.day = 1
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar.date(from: components)!.addingTimeInterval(-86_400)
  }
}
