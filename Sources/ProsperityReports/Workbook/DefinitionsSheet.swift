import Foundation
import ProsperityCompare
import ProsperityIndicators
import ProsperityModel
import ProsperitySupport
import XlsxWriter

/// How every number was made: each indicator's formula, unit, direction and whether it accumulates,
/// and the input files read with their SHA-256, so a figure can be traced to its source.
package struct DefinitionsSheet: CommitteeSheet {
  static let title = ReportText.definitionsSheet
  let context: SheetContext

  func write(into sheet: Worksheet) throws -> SheetPrinting {
    let language = styles.language
    var cursor = SheetCursor(sheet, styles: styles)
    let fixed: [Int: Double] = [3: 40, 4: 44]
    cursor.wrapWidths = fixed
    try cursor.heading(ReportText.definitionsSheet(language))
    try cursor.freezeHeading()
    try cursor.title(ReportText.howToRead(language), format: styles.section)
    for rule in ReportText.readingRules(report.catalog.thresholds) {
      try cursor.title(rule(language), format: styles.plain)
    }
    cursor.skip()
    try cursor.title(ReportText.indicator(language), format: styles.section)
    try cursor.header([
      ReportText.engine, ReportText.indicator, ReportText.indicatorID, ReportText.formula,
      ReportText.formulaInWords, ReportText.unit, ReportText.direction, ReportText.cumulative,
    ])
    for indicator in report.catalog.indicators {
      let engine = report.catalog.engine(indicator.engine)?.name(language) ?? indicator.engine
      try cursor.write([
        .text(engine, styles.wrapped), .text(indicator.name(language), styles.wrapped),
        .text(indicator.id, styles.path),
        .text(indicator.formulaText, styles.wrappedPath),
        .text(words(indicator.formula), styles.wrapped),
        .text(indicator.unit.label(language), styles.text),
        .text(ReportText.direction(indicator.direction)(language), styles.text),
        .text((indicator.isCumulative ? ReportText.yes : ReportText.no)(language), styles.text),
      ])
    }
    cursor.skip()
    let measures = cursor.row
    try measuresTable(&cursor)
    cursor.skip()
    let methods = cursor.row
    try self.methods(&cursor)
    cursor.skip()
    let made = cursor.row
    try howMade(&cursor)
    cursor.skip()
    let files = cursor.row
    try cursor.title(ReportText.inputFiles(language), format: styles.section)
    try cursor.tableHeader([ReportText.file, ReportText.encoding, ReportText.sha256])
    for file in report.files {
      try cursor.write([
        .text(file.path, styles.path), .text(file.encoding, styles.code),
        .text(file.sha256, styles.path),
      ])
    }
    try cursor.fitColumns(maximum: 66, fixed: fixed)
    // No table is cut across pages but the input files, as many as the quarters read, which
    // come last and repeat their header on every page they run on to.
    cursor.keepTogether(blocksStartingAt: [0, measures, methods, made, files])
    return cursor.printing(repeating: .tableHeader)
  }

  /// How the basis, the changes, the year-end outlook and the budget flags are made, with the
  /// thresholds of `settings.csv`; in English, that the engines' own text is not translated.
  private func methods(_ cursor: inout SheetCursor) throws {
    let language = styles.language
    try cursor.title(ReportText.methodsHeading(language), format: styles.section)
    var sentences = [
      ReportText.basisRule, ReportText.accumulationSentence,
      ReportText.phasingSentence(
        seasonal: report.catalog.indicators.filter { $0.isCumulative && $0.phasing == .seasonal }
          .map { $0.name(language) }),
      ReportText.changeSentence, ReportText.outlookSentence(report.catalog.thresholds),
      ReportText.budgetSentence(report.catalog.quality.settings.budget),
    ]
    if language == .english { sentences.append(ReportText.enteredTextNote) }
    // Each sentence wraps in the width of the indicator table below, or it would run off the
    // printed page.
    let paragraph = styles.book.plain.with {
      $0.wrapText = true
      $0.verticalAlignment = .top
    }
    for sentence in sentences {
      // Written past the cursor, so marked here as the cursor marks every other cell.
      let text = Bidi.marked(sentence(language), in: language)
      let lines = SheetCursor.lines(text, width: Self.paragraphWidth)
      try cursor.setHeight(min(409, Double(lines) * 12.75 + 3))
      try cursor.sheet.mergeRange(
        firstRow: cursor.row, firstColumn: 0, lastRow: cursor.row,
        lastColumn: Self.paragraphColumns.upperBound, text: text, style: paragraph)
      cursor.skip()
    }
  }

  /// How the file was made: from which inputs, identified by their fingerprint, and with no clock
  /// time, so the same inputs always give the same file.
  private func howMade(_ cursor: inout SheetCursor) throws {
    let language = styles.language
    try cursor.title(ReportText.reportDetails(language), format: styles.section)
    let fingerprint = try SHA256.hex(
      of: Array(report.files.map { "\($0.path)\t\($0.sha256)\n" }.joined().utf8))
    let lines: [(LocalizedText, LocalizedText)] = [
      (ReportText.generatedBy, ReportText.generatedByValue(files: report.files.count)),
      (ReportText.inputsFingerprint, ReportText.fingerprintValue(String(fingerprint.prefix(16)))),
    ]
    for (label, value) in lines { try cursor.detail(label(language), value(language)) }
  }

  /// The columns a paragraph spans (the indicator table's) and the characters a line of it holds
  /// at the least, the widths those columns take on the shipped catalog being well above it.
  static let paragraphColumns = 0...8
  static let paragraphWidth = 150.0

  /// The measures the engines report, with their unit and how they accumulate over a year.
  private func measuresTable(_ cursor: inout SheetCursor) throws {
    let language = styles.language
    try cursor.title(ReportText.measures(language), format: styles.section)
    try cursor.header([
      ReportText.engine, ReportText.measure, ReportText.indicatorID, ReportText.unit,
      ReportText.kind,
    ])
    let order = Dictionary(
      uniqueKeysWithValues: report.catalog.engines.enumerated().map { ($1.id, $0) })
    let measures = report.catalog.measures.values.filter { order[$0.engine] != nil }
      .sorted { (order[$0.engine]!, $0.id) < (order[$1.engine]!, $1.id) }
    for measure in measures {
      let engine = report.catalog.engine(measure.engine)?.name(language) ?? measure.engine
      try cursor.write([
        .text(engine, styles.wrapped), .text(measure.name(language), styles.wrapped),
        .text(measure.id, styles.path), .text(measure.unit.label(language), styles.text),
        .text(ReportText.kind(measure.kind)(language), styles.text),
      ])
    }
  }

  /// The formula with each measure id replaced by the measure's name.
  private func words(_ formula: Formula) -> String {
    let language = styles.language
    switch formula {
    case .number(let value): return NumberText.plain(value)
    case .measure(let id):
      switch report.catalog.measure(named: id) {
      case .activities(let activity): return ReportText.activityMeasure(activity)(language)
      case .reported(let measure): return measure.name(language)
      case nil: return id
      }
    case .negate(let inner): return "−(" + words(inner) + ")"
    case .binary(let op, let left, let right):
      let symbol = op == .multiply ? "×" : op == .divide ? "÷" : String(op.rawValue)
      return "(" + words(left) + " " + symbol + " " + words(right) + ")"
    }
  }
}
