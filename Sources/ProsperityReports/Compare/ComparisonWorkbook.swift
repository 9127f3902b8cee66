import Foundation
import ProsperityCompare
import ProsperityIndicators
import ProsperityModel
import ProsperityStore
import XlsxWriter

/// The workbook of a comparison: a summary with verdicts per engine, the biggest movers and a chart
/// of the headline indicators in both quarters; every indicator; every activity; catalog changes.
package enum ComparisonWorkbook {
  /// Writes the workbook atomically to `path`.
  package static func write(
    _ comparison: QuarterComparison, language: Language, to path: String
  ) throws(OutputError) {
    try write(comparison, language: language, to: path, limits: .standard)
  }

  /// Writes the workbook with `limits` deciding when it streams its rows (tests use small ones).
  static func write(
    _ comparison: QuarterComparison, language: Language, to path: String, limits: WorkbookLimits
  ) throws(OutputError) {
    try WorkbookFile.write(to: path, language: language) { temporary in
      try build(comparison, language: language, limits: limits, at: temporary)
    }
  }

  private static func build(
    _ comparison: QuarterComparison, language: Language, limits: WorkbookLimits, at path: String
  ) throws {
    // Past the limit every activity row goes to disk as soon as the next one starts, as in the
    // committee workbook: a comparison of two large quarters would otherwise be held whole.
    let constantMemory =
      comparison.activities.count + WorkbookPlan.tableTop >= limits.constantMemoryRows
    let workbook = try Workbook(
      path: path, options: WorkbookOptions(constantMemory: constantMemory))
    let styles = try WorkbookFormats(WorkbookStyles(language: language), in: workbook)
    let title = CompareText.comparison(comparison.earlier, comparison.later)(language)
    try workbook.setProperties(
      DocumentProperties(
        title: title, subject: ReportText.cluster(language), author: ReportText.cluster(language),
        created: comparison.later.endDate))
    let setup = TabSetup(styles: styles)
    var names = SheetNames()
    var first: Worksheet?
    for kind in sheets {
      let title = kind.title(language)
      let sheet = try setup.add(named: names.unique(title), to: workbook)
      let printing = try kind.init(comparison: comparison, styles: styles).write(into: sheet)
      try setup.print(sheet, printing, title: title, quarter: comparison.later)
      first = first ?? sheet
    }
    try first?.activate()
    try workbook.close()
  }
}

extension WorkbookFormats {
  /// Improved in green, worsened in red, unchanged in grey, catalog changes in amber.
  func verdict(_ verdict: Verdict) -> CellFormat {
    switch verdict {
    case .improved: return status(.green)
    case .worsened: return status(.red)
    case .unchanged: return status(.grey)
    case .added, .removed, .redefined: return status(.amber)
    case .new, .noLongerReported, .noValue: return text
    }
  }
}

extension SheetCursor {
  /// An observation's value, or a muted dash (the note column says why).
  func observation(_ observation: Observation, unit: MeasureUnit) -> Cell {
    observation.value.map { .number($0, styles.number(unit)) } ?? .text("—", styles.muted)
  }

  /// A status with its symbol, or a dash where the indicator was not in that quarter's reports.
  func status(_ status: Status?) -> Cell {
    guard let status else { return .text("—", styles.muted) }
    return .text(ChangeText.status(status, language), styles.status(status))
  }
}
