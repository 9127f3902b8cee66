import ProsperityCompare
import ProsperityIndicators
import ProsperityModel
import XlsxWriter

/// Every measure reported per locality this quarter, across the cluster's nine authorities, with
/// the region's total as a live sum; a locality without a value leaves the total out, as the
/// pipeline does, because a partial sum would mislead.
package struct LocalitySheet: CommitteeSheet {
  static let title = ReportText.byLocalitySheet
  let context: SheetContext

  func write(into sheet: Worksheet) throws -> SheetPrinting {
    let language = styles.language
    let localities = report.catalog.localities
    var cursor = SheetCursor(sheet, styles: styles)
    let noteColumn = 3 + localities.count
    cursor.wrapWidths = [noteColumn: 40]
    try cursor.heading(
      ReportText.byLocalityTitle(report.quarter)(language), [ReportText.cluster(language)])
    try cursor.tableHeader(
      [ReportText.measure(language), ReportText.unit(language)]
        + localities.map { $0.name(language) } + [
          ReportText.total(language), ReportText.reason(language),
        ], freezing: 1)
    let totalColumn = 2 + localities.count
    var rows = 0
    for engine in report.catalog.engines {
      let measures = perLocality(engine)
      guard !measures.isEmpty else { continue }
      try cursor.sheet.write(engine.name(language), row: cursor.row, column: 0, format: styles.band)
      for column in 1...(totalColumn + 1) {
        try cursor.sheet.writeBlank(row: cursor.row, column: column, format: styles.band)
      }
      cursor.skip()
      for (measure, reported) in measures {
        try row(measure, reported, localities: localities, &cursor)
        rows += 1
      }
    }
    if rows == 0 {
      try cursor.title(ReportText.noLocalityMeasures(language), format: styles.note)
    }
    try cursor.fitColumns(maximum: 40, fixed: cursor.wrapWidths)
    return cursor.printing(repeating: .tableHeader)
  }

  /// The engine's measures reported per locality, in the order of its KPI file.
  private func perLocality(_ engine: Engine) -> [(Measure, MeasureReport)] {
    let reported = report.engines[engine.id]?.measures.values.filter { !$0.byLocality.isEmpty }
    return (reported ?? [])
      .sorted { ($0.location.line ?? 0, $0.measure) < ($1.location.line ?? 0, $1.measure) }
      .compactMap { each in report.catalog.measures[each.measure].map { ($0, each) } }
  }

  private func row(
    _ measure: Measure, _ reported: MeasureReport, localities: [Locality],
    _ cursor: inout SheetCursor
  ) throws {
    let language = styles.language
    let row = cursor.row
    var cells: [SheetCursor.Cell] = [
      .text(measure.name(language), styles.wrapped),
      .text(measure.unit.label(language), styles.text),
    ]
    var reasons: [String] = []
    for locality in localities {
      let figure = reported.byLocality[locality.id] ?? .unavailable(ReportText.noValue)
      cells.append(cursor.figure(figure, unit: measure.unit))
      if let reason = figure.reason {
        reasons.append(locality.name(language) + ": " + reason(language))
      }
    }
    if let total = reported.value.value {
      let range = "\(SheetCursor.a1(row, 2)):\(SheetCursor.a1(row, 1 + localities.count))"
      cells.append(.formula("=SUM(\(range))", cached: total, styles.totalNumber(measure.unit)))
    } else {
      cells.append(.text("—", styles.muted))
      if let reason = reported.value.reason { reasons.append(reason(language)) }
    }
    cells.append(.text(reasons.joined(separator: "; "), styles.wrapped))
    try cursor.write(cells)
    let note = SourceNotes(report: report, language: language).text(for: measure, reported)
    try cursor.note(note, row: row, column: 0)
  }
}
