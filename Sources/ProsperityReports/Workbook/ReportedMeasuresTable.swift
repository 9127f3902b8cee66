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

  /// Writes the table below `cursor`; `fixed` are the sheet's fixed column widths.
  func write(_ cursor: inout SheetCursor, fixed: [Int: Double]) throws {
    let language = styles.language
    try cursor.title(ReportText.reportedThisQuarter(language), format: styles.section)
    let reported = report.reportedMeasures(of: engine.id)
    guard !reported.isEmpty else {
      try cursor.title(ReportText.noReportedMeasures(language), format: styles.note)
      return
    }
    try cursor.header(Self.headers)
    let rows = reported.map(cells)
    // Every cell's width is recorded first, so that each row is as tall as its wrapped text
    // needs in the columns as wide as they will be.
    for row in rows {
      for (column, cell) in row.enumerated() {
        if case .text(let text, let format) = cell {
          cursor.widths.fit(column, text: text, format: format)
        }
      }
    }
    for column in Self.headers.indices {
      cursor.wrapWidths[column] = cursor.widths.resolved(column, maximum: 48, fixed: fixed)
    }
    for row in rows { try cursor.write(row) }
  }

  /// One measure's row.
  private func cells(_ measure: ReportedMeasure) -> [SheetCursor.Cell] {
    let language = styles.language
    let unit = measure.measure.unit
    let indicators = measure.indicators.map { $0.name(language) }
    return [
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
    ]
  }

  /// `file:line` with the file's name alone: the quarter's folder is the sheet's own.
  static func place(_ location: SourceLocation) -> String {
    let file = location.file.split(separator: "/").last.map(String.init) ?? location.file
    return location.line.map { "\(file):\($0)" } ?? file
  }
}
