import ProsperityCompare
import ProsperityIndicators
import ProsperityModel

/// The summary's year-end outlook: every accumulating indicator's projected year end against its
/// annual target, with the method and, below the table, why a projection fell back or is missing.
enum OutlookSection {
  static func lines(_ report: QuarterReport, _ language: Language) -> [String] {
    let projected = report.results.filter { $0.outlook != nil }
    guard !projected.isEmpty else { return ["  " + ReportText.noOutlook(language)] }
    var table = TextTable()
    table.add([
      ReportText.indicator(language), ReportText.engine(language),
      ReportText.yearToDate(language), ReportText.projectedYearEnd(language),
      ReportText.annualTarget(language), ReportText.projectedAttainment(language),
      ReportText.outlook(language), ReportText.method(language),
    ])
    var notes: [String] = []
    for result in projected {
      guard let outlook = result.outlook else { continue }
      let unit = result.indicator.unit
      let show = { (value: Double?) in value.map { DisplayNumber.format($0, unit: unit) } ?? "—" }
      let name = result.indicator.name(language)
      table.add([
        name,
        report.catalog.engine(result.indicator.engine)?.name(language) ?? result.indicator.engine,
        show(result.yearToDate.value), show(outlook.projected.value), show(result.annualTarget),
        outlook.attainment.map(DisplayNumber.percent) ?? "—",
        outlook.status.map { $0.label(language) } ?? "—",
        ReportText.shortMethod(outlook.method)(language),
      ])
      if case .linear(let reason) = outlook.method {
        notes.append("    • \(name): \(reason(language))")
      }
      if let reason = outlook.projected.reason {
        notes.append("    • \(name): \(reason(language))")
      }
    }
    return ["  " + ReportText.outlookRule(report.catalog.thresholds)(language)] + table.render()
      + notes
  }
}
