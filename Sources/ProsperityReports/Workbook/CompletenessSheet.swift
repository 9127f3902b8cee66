import ProsperityCompare
import ProsperityIndicators
import ProsperityModel
import XlsxWriter

/// Which engine handed in what: the reporting-rate matrix of engines × quarters, the report
/// quarter's files and missing measures, and when each file arrived against its due date.
package struct CompletenessSheet: CommitteeSheet {
  static let title = ReportText.completenessSheet
  let context: SheetContext

  func write(into sheet: Worksheet) throws -> SheetPrinting {
    let language = styles.language
    let quality = report.quality
    var cursor = SheetCursor(sheet, styles: styles)
    cursor.wrapWidths = [5: 50]
    try cursor.heading(
      ReportText.completenessHeading(language),
      [ReportText.quarterlyReport(report.quarter)(language)])
    try cursor.freezeHeading()
    try cursor.title(ReportText.matrixHeading(language), format: styles.section)
    try cursor.header(
      [ReportText.engine]
        + quality.completeness.map { .verbatim($0.first?.quarter.description ?? "") })
    for (index, engine) in report.catalog.engines.enumerated() {
      var cells: [SheetCursor.Cell] = [.text(engine.name(language), styles.text)]
      for quarterRow in quality.completeness where index < quarterRow.count {
        cells.append(rateCell(quarterRow[index]))
      }
      try cursor.write(cells)
    }
    cursor.skip()
    try cursor.title(ReportText.quarterlyReport(report.quarter)(language), format: styles.section)
    try cursor.header([
      ReportText.engine, ReportText.kpiFile, ReportText.activitiesFile, ReportText.reportedMeasures,
      ReportText.reportingRate, ReportText.missingMeasures,
    ])
    for row in quality.current {
      try cursor.write([
        .text(engineName(row.engine), styles.text), fileCell(row.kpiFile),
        fileCell(row.activitiesFile),
        .text("\(row.reported.count)/\(row.expected.count)", styles.text),
        rateCell(row), .text(row.missing.joined(separator: ", "), styles.wrapped),
      ])
    }
    cursor.skip()
    try cursor.title(ReportText.timeliness(language), format: styles.section)
    try cursor.header([
      ReportText.engine, ReportText.file, ReportText.dueDate, ReportText.arrived,
      ReportText.timeliness,
    ])
    for row in quality.current {
      for arrival in row.arrivals {
        try cursor.write([
          .text(engineName(row.engine), styles.text), .text(arrival.path, styles.text),
          .text(arrival.due.description, styles.text),
          .text(arrival.arrived?.description ?? "—", styles.text), timelinessCell(arrival),
        ])
      }
    }
    // Widths from what the columns hold: engine names and file names whole.
    try cursor.fitColumns(maximum: 60, fixed: [5: 50])
    return cursor.printing()
  }

  private func engineName(_ id: String) -> String {
    report.catalog.engine(id)?.name(styles.language) ?? id
  }

  private func rateCell(_ row: EngineCompleteness) -> SheetCursor.Cell {
    guard row.hasFolder else { return .text(ReportText.noFolder(styles.language), styles.muted) }
    guard let rate = row.rate, let status = row.status else { return .text("—", styles.muted) }
    return .number(rate, styles.statusRate(status))
  }

  private func fileCell(_ path: String?) -> SheetCursor.Cell {
    path == nil
      ? .text(ReportText.notHandedIn(styles.language), styles.status(.red))
      : .text(ReportText.handedIn(styles.language), styles.status(.green))
  }

  private func timelinessCell(_ arrival: FileArrival) -> SheetCursor.Cell {
    guard let days = arrival.daysLate else {
      return .text(ReportText.arrivalUnknown(styles.language), styles.muted)
    }
    return days > 0
      ? .text(ReportText.late(days)(styles.language), styles.status(.red))
      : .text(ReportText.onTime(styles.language), styles.status(.green))
  }
}
