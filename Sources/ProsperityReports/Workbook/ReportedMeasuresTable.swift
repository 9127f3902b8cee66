import ProsperityCompare
import ProsperityIndicators
import ProsperityModel

/// Every measure the engine's KPI file reported this quarter, whether an indicator reads it or
/// not, with its value, unit and where it came from: a measure no indicator uses, and the raw
/// values behind a derived indicator, would otherwise appear nowhere in the workbook.
struct ReportedMeasuresTable {
  let report: QuarterReport
  let engine: Engine
  let styles: WorkbookFormats

  static let headers: [LocalizedText] = [
    ReportText.measure, ReportText.indicatorID, ReportText.reportedValue, ReportText.unit,
    ReportText.sourceAsEntered, ReportText.sourceRow, ReportText.usedBy,
  ]

  func write(_ cursor: inout SheetCursor) throws {
    let language = styles.language
    try cursor.title(ReportText.reportedThisQuarter(language), format: styles.section)
    let reported = report.reportedMeasures(of: engine.id)
    guard !reported.isEmpty else {
      try cursor.title(ReportText.noReportedMeasures(language), format: styles.note)
      return
    }
    try cursor.header(Self.headers)
    for measure in reported {
      let unit = measure.measure.unit
      let indicators = measure.indicators.map { $0.name(language) }
      try cursor.write([
        .text(measure.measure.name(language), styles.wrapped),
        .text(measure.measure.id, styles.path),
        measure.value.value.map { .number($0, styles.number(unit)) }
          ?? .text("— " + (measure.value.reason.map { $0(language) } ?? ""), styles.muted),
        .text(unit.label(language), styles.text),
        .text(measure.sources.joined(separator: "; "), styles.wrapped),
        .text(Self.place(measure.location), styles.path),
        indicators.isEmpty
          ? .text(ReportText.usedByNone(language), styles.muted)
          : .text(indicators.joined(separator: "; "), styles.wrapped),
      ])
    }
  }

  /// `file:line` with the file's name alone: the quarter's folder is the sheet's own.
  static func place(_ location: SourceLocation) -> String {
    let file = location.file.split(separator: "/").last.map(String.init) ?? location.file
    return location.line.map { "\(file):\($0)" } ?? file
  }
}
