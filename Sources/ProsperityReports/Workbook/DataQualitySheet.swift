import ProsperityCompare
import ProsperityIndicators
import ProsperityInput
import ProsperityModel
import XlsxWriter

/// How complete the quarter's data is per engine, then every diagnostic of the quarter with each
/// rejected row as it stood in its file.
package struct DataQualitySheet: CommitteeSheet {
  static let title = ReportText.dataQualitySheet
  let context: SheetContext

  static let headers: [LocalizedText] = [
    ReportText.severity, ReportText.location, ReportText.message, ReportText.rejectedRow,
  ]

  func write(into sheet: Worksheet) throws -> SheetPrinting {
    let language = styles.language
    var cursor = SheetCursor(sheet, styles: styles)
    let hasFindings = !report.diagnostics.isEmpty
    let fixed: [Int: Double] = hasFindings ? [2: 70, 3: 60, 4: 36] : [4: 36]
    cursor.wrapWidths = fixed
    try cursor.heading(
      ReportText.dataQualitySheet(language),
      [ReportText.problemCounts(errors: report.errorCount, warnings: report.warningCount)(language)]
    )
    try cursor.freezeHeading()
    try CompletenessSection(report: report, styles: styles).write(&cursor)
    cursor.skip()
    try cursor.title(ReportText.findings(language), format: styles.section)
    let ordered =
      report.diagnostics.filter { $0.severity == .error }
      + report.diagnostics.filter { $0.severity == .warning }
    let shown = context.plan.limits.fitting(ordered.count, from: cursor.row + 2)
    if shown < ordered.count {
      try cursor.title(
        ReportText.rowsCapped(shown: shown, total: ordered.count)(language), format: styles.note)
    }
    try cursor.tableHeader(Self.headers)
    for diagnostic in ordered.prefix(shown) {
      let isError = diagnostic.severity == .error
      try cursor.write([
        .text(
          (isError ? ReportText.error : ReportText.warning)(language),
          isError ? styles.status(.red) : styles.status(.amber)),
        .text(diagnostic.location?.description ?? "", styles.path),
        .text(diagnostic.message(language), styles.wrapped),
        .text(
          diagnostic.rejectedRow ?? "",
          diagnostic.rejectedRow == nil
            ? styles.wrapped : styles.wrappedRejected),
      ])
    }
    try cursor.filter(otherwise: ReportText.noDataProblems(language))
    try cursor.fitColumns(maximum: 70, fixed: fixed)
    return cursor.printing(repeating: .tableHeader)
  }
}

/// Per engine: which of its files came, how many of its measures have a value, and how many
/// problems its files had.
package struct CompletenessSection {
  let report: QuarterReport
  let styles: WorkbookFormats

  func write(_ cursor: inout SheetCursor) throws {
    let language = styles.language
    try cursor.title(ReportText.completeness(language), format: styles.section)
    try cursor.header([
      ReportText.engine, ReportText.kpiFile, ReportText.activityFile, ReportText.measuresReported,
      ReportText.measuresMissing, ReportText.errors, ReportText.warnings,
    ])
    for engine in report.catalog.engines {
      let here = report.engines[engine.id]
      let measures = report.catalog.measures.values.filter { $0.engine == engine.id }
        .sorted { $0.id < $1.id }
      let missing = measures.filter { here?.measures[$0.id]?.value.value == nil }
      let problems = report.diagnostics.filter { diagnostic in
        guard diagnostic.quarter != nil, let file = diagnostic.location?.file else { return false }
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return InputsLoader.owner(of: name, catalog: report.catalog)?.0 == engine.id
      }
      let file = { (path: String?) -> SheetCursor.Cell in
        path == nil
          ? .text(ReportText.notHandedIn(language), styles.status(.red))
          : .text(ReportText.handedIn(language), styles.status(.green))
      }
      let reported = measures.count - missing.count
      try cursor.write([
        .text(engine.name(language), styles.text), file(here?.kpiFile),
        file(here?.activitiesFile),
        .text(
          ReportText.measuresOf(reported: reported, catalogued: measures.count)(language),
          missing.isEmpty ? styles.status(.green) : styles.status(.amber)),
        .text(missing.map { $0.name(language) }.joined(separator: "; "), styles.wrapped),
        .number(Double(problems.filter { $0.severity == .error }.count), styles.count),
        .number(Double(problems.filter { $0.severity == .warning }.count), styles.count),
      ])
    }
  }
}
