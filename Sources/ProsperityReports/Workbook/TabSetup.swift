import ProsperityModel
import XlsxWriter

/// How every tab of the tool's workbooks is set up, in this one place: right to left in Hebrew;
/// on paper landscape A4, one page wide, the cluster in the header and the sheet, the quarter and
/// the page number in the footer, on the reader's side of the page.
package struct TabSetup {
  let styles: WorkbookFormats

  /// Adds a tab named `name`, after those already in `workbook`.
  func add(named name: String, to workbook: Workbook) throws -> Worksheet {
    let sheet = try workbook.addWorksheet(named: name)
    if styles.language.isRightToLeft { try sheet.setRightToLeft() }
    return sheet
  }

  /// Sets `sheet` up for paper as its writer asked: its pages carry `title` unless it gave its
  /// own, and the rows it named are printed again at the top of every page (a long table's
  /// header, or the title of a sheet whose tables differ down the page).
  func print(_ sheet: Worksheet, _ printing: SheetPrinting, title: String, quarter: Quarter)
    throws
  {
    let language = styles.language
    try sheet.setLandscape()
    try sheet.setPaperA4()
    if printing.pageBreaks.isEmpty {
      try sheet.fitToPages(width: 1, height: 0)
    } else {
      // Excel ignores manual page breaks on a sheet fitted to pages: one page wide by scale.
      try sheet.setPrintScale(Self.scale(fitting: printing.widthInPixels))
      try sheet.setPageBreaks(beforeRows: printing.pageBreaks)
    }
    try sheet.setMargins(left: 0.5, right: 0.5, top: 0.75, bottom: 0.75)
    try sheet.centerHorizontallyOnPage()
    if let area = printing.printArea {
      try sheet.setPrintArea(
        firstRow: area.rows.lowerBound, firstColumn: area.columns.lowerBound,
        lastRow: area.rows.upperBound, lastColumn: area.columns.upperBound)
    }
    if let repeating = printing.repeating {
      try sheet.repeatRows(first: repeating.lowerBound, last: repeating.upperBound)
    }
    let page = ReportText.pageNumber(language)
    let name = Bidi.embedded(escape(printing.title ?? title), in: language)
    let cluster = Bidi.embedded(escape(ReportText.cluster(language)), in: language)
    try sheet.setHeader("&C\(cluster)")
    // A Hebrew reader starts on the right: the sheet's name there, the page number on the left.
    let (start, end) = language.isRightToLeft ? ("&R", "&L") : ("&L", "&R")
    try sheet.setFooter("\(start)\(name)&C\(quarter)\(end)\(page)")
  }

  /// The print scale, in percent, at which columns `pixels` wide fit across a landscape A4 page
  /// within the margins (10.69 inches at 96 pixels an inch), with room for a reader whose font
  /// runs a little wider than Calibri's; never above full size.
  static func scale(fitting pixels: Int) -> Int {
    let printable = 10.69 * 96 * 0.94
    guard pixels > 0 else { return 100 }
    return max(10, min(100, Int(printable / Double(pixels) * 100)))
  }

  /// `&` starts a control code in Excel's header and footer language; a literal one is doubled.
  private func escape(_ text: String) -> String { text.replacingOccurrences(of: "&", with: "&&") }
}
