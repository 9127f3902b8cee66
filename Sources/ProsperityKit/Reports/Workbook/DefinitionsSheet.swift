import Foundation
import XlsxWriter

/// How every number was made: each indicator's formula, unit, direction and whether it accumulates,
/// and the input files read with their SHA-256, so a figure can be traced to its source.
struct DefinitionsSheet {
  let report: QuarterReport
  let styles: WorkbookStyles

  func write(into sheet: Worksheet) throws {
    let language = styles.language
    var cursor = SheetCursor(sheet, styles: styles)
    try cursor.title(ReportText.definitionsSheet(language), style: styles.title)
    cursor.skip()
    try cursor.header([
      ReportText.engine, ReportText.indicator, ReportText.indicatorID, ReportText.formula,
      ReportText.formulaInWords, ReportText.unit, ReportText.direction, ReportText.cumulative,
    ])
    for indicator in report.catalog.indicators {
      let engine = report.catalog.engine(indicator.engine)?.name(language) ?? indicator.engine
      try cursor.write([
        .text(engine, styles.text), .text(indicator.name(language), styles.wrapped),
        .text(indicator.id, styles.text), .text(indicator.formulaText, styles.wrapped),
        .text(words(indicator.formula), styles.wrapped),
        .text(indicator.unit.label(language), styles.text),
        .text(ReportText.direction(indicator.direction)(language), styles.text),
        .text((indicator.isCumulative ? ReportText.yes : ReportText.no)(language), styles.text),
      ])
    }
    cursor.skip()
    try cursor.title(ReportText.inputFiles(language), style: styles.section)
    try cursor.header([ReportText.file, ReportText.encoding, ReportText.sha256])
    for file in report.files {
      try cursor.write([
        .text(file.path, styles.text), .text(file.encoding, styles.text),
        .text(file.sha256, styles.text),
      ])
    }
    try sheet.setColumnWidth(first: 0, last: 0, width: 45)
    try sheet.setColumnWidth(first: 1, last: 1, width: 30)
    try sheet.setColumnWidth(first: 2, last: 2, width: 66)
    try sheet.setColumnWidth(first: 3, last: 4, width: 45)
    try sheet.setColumnWidth(first: 5, last: 7, width: 11)
    try PrintSetup(styles: styles).apply(
      to: sheet, title: ReportText.definitionsSheet(language), quarter: report.quarter)
  }

  /// The formula with each measure id replaced by the measure's name.
  private func words(_ formula: Formula) -> String {
    let language = styles.language
    switch formula {
    case .number(let value): return NumberText.plain(value)
    case .measure(let id):
      if let activity = ActivityMeasure(id: id) {
        return ReportText.activityMeasure(activity)(language)
      }
      return report.catalog.measures[id]?.name(language) ?? id
    case .negate(let inner): return "−(" + words(inner) + ")"
    case .binary(let op, let left, let right):
      let symbol = op == .multiply ? "×" : op == .divide ? "÷" : String(op.rawValue)
      return "(" + words(left) + " " + symbol + " " + words(right) + ")"
    }
  }
}

/// Paper output shared by every sheet: landscape A4, one page wide, a footer with the sheet,
/// the quarter and the page number.
struct PrintSetup {
  let styles: WorkbookStyles

  func apply(to sheet: Worksheet, title: String, quarter: Quarter, repeatingRow: Int? = nil) throws
  {
    try sheet.setLandscape()
    try sheet.setPaperA4()
    try sheet.fitToPages(width: 1, height: 0)
    if let repeatingRow { try sheet.repeatRows(first: repeatingRow, last: repeatingRow) }
    let page = ReportText.pageOf(styles.language)
    try sheet.setFooter("&L\(escape(title))&C\(quarter)&R\(page)")
  }

  /// `&` starts a control code in Excel's header and footer language; a literal one is doubled.
  private func escape(_ text: String) -> String { text.replacingOccurrences(of: "&", with: "&&") }
}
