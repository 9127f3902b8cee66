import ProsperityCompare
import ProsperityIndicators
import ProsperityModel
import XlsxWriter

/// The validation rules with both sides' values and their result, then the outliers to review with
/// the history that makes them suspicious, then the measures that could not be scored and why.
package struct ChecksSheet: CommitteeSheet {
  static let title = ReportText.checksSheet
  let context: SheetContext

  /// The columns whose text wraps, by the widths it wraps at.
  static let wrapped: [Int: Double] = [3: 34, 6: 34, 7: 40, 10: 40]

  func write(into sheet: Worksheet) throws -> SheetPrinting {
    let language = styles.language
    var cursor = SheetCursor(sheet, styles: styles)
    cursor.wrapWidths = Self.wrapped
    try cursor.heading(
      ReportText.checksSheet(language), [ReportText.quarterlyReport(report.quarter)(language)])
    try cursor.freezeHeading()
    try cursor.title(ReportText.checksHeading(language), format: styles.section)
    try cursor.header([
      ReportText.rule, ReportText.engine, ReportText.importance, ReportText.leftSide,
      ReportText.leftValue, ReportText.operatorLabel, ReportText.rightSide, ReportText.rightValue,
      ReportText.missingStrategy, ReportText.result, ReportText.message,
    ])
    if report.quality.rules.isEmpty {
      try cursor.write([.text(ReportText.noRules(language), styles.muted)])
    }
    for result in report.quality.rules { try ruleRow(result, &cursor) }
    cursor.skip()
    try cursor.title(ReportText.outliersHeading(language), format: styles.section)
    try cursor.header([
      ReportText.engine, ReportText.checkedMeasure, ReportText.value, ReportText.median,
      ReportText.zScore,
      ReportText.jumpRatio, ReportText.whySuspicious, ReportText.history, ReportText.location,
    ])
    if report.quality.outliers.isEmpty {
      try cursor.write([.text(ReportText.noOutliers(language), styles.muted)])
    }
    for outlier in report.quality.outliers { try outlierRow(outlier, &cursor) }
    cursor.skip()
    try cursor.title(ReportText.notScored(language), format: styles.section)
    try cursor.header([ReportText.engine, ReportText.checkedMeasure, ReportText.reason])
    for measure in report.quality.unscored {
      try cursor.write([
        .text(engineName(measure.engine), styles.text), .text(measure.measure, styles.text),
        .text(measure.reason(language), styles.wrapped),
      ])
    }
    // Widths from what the columns hold (engine names whole); the sides of a rule, the
    // measures' names, reasons and histories wrap.
    try cursor.fitColumns(maximum: 48, fixed: Self.wrapped)
    return cursor.printing()
  }

  private func ruleRow(_ result: RuleResult, _ cursor: inout SheetCursor) throws {
    let language = styles.language
    let rule = result.rule
    var left: SheetCursor.Cell = .text("—", styles.muted)
    var right: SheetCursor.Cell = .text("—", styles.muted)
    var outcome: SheetCursor.Cell
    var message = rule.message
    switch result.outcome {
    case .passed(let l, let r):
      (left, right) = (.number(l, styles.plainNumber), .number(r, styles.plainNumber))
      outcome = .text(ReportText.passed(language), styles.status(.green))
    case .violated(let l, let r):
      (left, right) = (.number(l, styles.plainNumber), .number(r, styles.plainNumber))
      outcome = .text(
        ReportText.broken(language),
        styles.status(rule.importance == .high ? .red : .amber))
    case .skipped(let reason):
      outcome = .text(ReportText.notChecked(language), styles.status(.grey))
      message = [reason(language), message].filter { !$0.isEmpty }.joined(separator: " – ")
    }
    if !result.countedAsZero.isEmpty {
      message +=
        (message.isEmpty ? "" : " – ") + ReportText.countedAsZero(language) + ": "
        + result.countedAsZero.joined(separator: ", ")
    }
    try cursor.write([
      .text(rule.id, styles.text), .text(engineName(result.engine), styles.text),
      .text(ReportText.importance(rule.importance)(language), styles.text),
      .text(rule.leftText, styles.wrapped), left, .text(rule.op.rawValue, styles.text),
      .text(rule.rightText, styles.wrapped), right, .text(rule.missing.rawValue, styles.text),
      outcome, .text(message, styles.wrapped),
    ])
  }

  private func outlierRow(_ outlier: Outlier, _ cursor: inout SheetCursor) throws {
    let language = styles.language
    let settings = report.catalog.quality.settings
    let measure = report.catalog.measures[outlier.measure]
    let unit = measure?.unit ?? .count
    let reasons = outlier.reasons.map {
      ReportText.outlierReason($0, threshold: settings.zScoreThreshold, ratio: settings.jumpRatio)(
        language)
    }
    try cursor.write([
      .text(engineName(outlier.engine), styles.text),
      .text(measure?.name(language) ?? outlier.measure, styles.wrapped),
      .number(outlier.value, styles.number(unit)),
      cursor.optional(outlier.median, styles.number(unit)),
      cursor.optional(outlier.zScore, styles.number(.ratio)),
      cursor.optional(outlier.jumpRatio, styles.number(.ratio)),
      .text(reasons.joined(separator: "; "), styles.wrapped),
      .text(QualitySummary.history(outlier, unit: unit), styles.wrapped),
      .text(outlier.location.description, styles.text),
    ])
  }

  private func engineName(_ id: String) -> String {
    report.catalog.engine(id)?.name(styles.language) ?? id
  }
}
