import Foundation
import XlsxReading

/// Finds, on printed pages, table rows that have no header of their own table above them on the
/// same page: a table continued onto a new page without its header row.
///
/// Each printed line is matched to the sheet rows whose words contain all of its words (a word
/// clipped at the cell's edge matches as a prefix), and of those to the closest (the fewest words
/// the line does not show). A line counts only when all its closest rows play the same part (a
/// header of table T, a row of table T, or something else) and no single cell explains it
/// alone: so a chart's category label, a lone wrapped fragment or a line of figures is not
/// mistaken for a row. Pages are assigned to sheets by the sheet name in their footer, next to
/// the page number `N / M`.
struct ContinuedTables {
  struct HeaderlessRow: CustomStringConvertible {
    let page: Int
    let sheet: String
    /// The first row of the header band of the table the printed row belongs to.
    let tableHeaderRow: Int
    let line: String

    var description: String {
      "page \(page) (\(sheet)): a row of the table headed at row \(tableHeaderRow) "
        + "without its header: \(line)"
    }
  }

  /// Rows printed with no header of their table above them on their page.
  private(set) var headerless: [HeaderlessRow] = []
  /// Pages whose footer names no sheet of the workbook.
  private(set) var unassignedPages: [Int] = []
  /// Tables (sheet, header row) with a header or a row found on some page.
  private(set) var tablesFound: Set<String> = []
  /// Tables that have a row with words in two cells, which the matching can find.
  let tablesFindable: Set<String>

  init(pages: RenderedPages, workbook: XlsxFile) throws {
    let styles = try workbook.cellStyleDescriptions()
    let sheets = try workbook.sheetNames.map {
      PrintedSheet(name: $0, sheet: try workbook.sheet(named: $0), styles: styles)
    }
    tablesFindable = Set(
      sheets.flatMap { sheet in
        sheet.rows.filter { $0.cells.count >= 2 }.compactMap { Self.table(of: $0.role) }
          .map { "\(sheet.name)!\($0)" }
      })
    let byLongestName = sheets.sorted { $0.name.count > $1.name.count }
    for (index, lines) in pages.pages.enumerated() {
      let page = index + 1
      let footer = lines.last { Self.showsPageNumber(page, of: pages.pageCount, in: $0) }
      // The footer names the engine in full where the sheet's name was cut at "…". It ends the
      // line in Hebrew and starts it in English; a chart LibreOffice clips away on a page still
      // leaves its labels in the page's text, on the footer's line, so the ends are tried first.
      let named = { (shows: (String) -> Bool) in
        byLongestName.first { shows($0.name.trimmingSuffix("…")) }
      }
      guard let footer,
        let sheet = named(footer.hasSuffix) ?? named(footer.hasPrefix) ?? named(footer.contains)
      else {
        unassignedPages.append(page)
        continue
      }
      check(lines, onPage: page, of: sheet)
    }
  }

  private mutating func check(_ lines: [String], onPage page: Int, of sheet: PrintedSheet) {
    var headersAbove: Set<Int> = []
    for line in lines {
      guard let role = Self.role(of: line, in: sheet) else { continue }
      switch role {
      case .header(let table):
        headersAbove.insert(table)
        tablesFound.insert("\(sheet.name)!\(table)")
      case .data(let table):
        tablesFound.insert("\(sheet.name)!\(table)")
        guard !headersAbove.contains(table) else { continue }
        headerless.append(
          HeaderlessRow(page: page, sheet: sheet.name, tableHeaderRow: table, line: line))
        // Once per table and page: the rows below it lack the header for the same reason.
        headersAbove.insert(table)
      case .other:
        continue
      }
    }
  }

  /// The part the sheet row printed on `line` plays, when the line tells it unambiguously.
  private static func role(of line: String, in sheet: PrintedSheet) -> PrintedSheet.Role? {
    let words = PrintedWords.of(line)
    guard !words.isEmpty else { return nil }
    let candidates = sheet.rows.filter { shows(words, of: $0.words) }
    // The closest rows: those with the fewest words the line does not show.
    let closeness = candidates.map { row in
      Double(row.words.intersection(words).count) / Double(row.words.union(words).count)
    }
    guard let closest = closeness.max() else { return nil }
    let best = zip(candidates, closeness).filter { $0.1 == closest }.map(\.0)
    let roles = Set(best.map(\.role))
    // A line one cell explains alone is a wrapped fragment or a chart's label, not a row.
    guard roles.count == 1, let role = roles.first,
      best.contains(where: { row in !row.cells.contains { shows(words, of: $0) } })
    else { return nil }
    return role
  }

  /// Whether every word printed could come from `text` (a word clipped at the cell's edge
  /// matches as a prefix).
  private static func shows(_ printed: Set<String>, of text: Set<String>) -> Bool {
    printed.allSatisfy { word in
      text.contains(word) || (word.count >= 3 && text.contains { $0.hasPrefix(word) })
    }
  }

  private static func table(of role: PrintedSheet.Role) -> Int? {
    switch role {
    case .header(let table), .data(let table): table
    case .other: nil
    }
  }

  /// Whether `line` holds the page number as the footers print it: `3 / 18` (Hebrew), `3/18`, or
  /// `Page 3 of 18` (English).
  private static func showsPageNumber(_ page: Int, of count: Int, in line: String) -> Bool {
    if line.contains("Page \(page) of \(count)") { return true }
    let number = "\(page)/\(count)"
    let compact = line.replacing(try! Regex(#"\s*/\s*"#), with: "/")
    return compact.split(whereSeparator: \.isWhitespace).contains { token in
      token.hasPrefix(number) && !(token.dropFirst(number.count).first?.isNumber ?? false)
    }
  }
}

extension String {
  fileprivate func trimmingSuffix(_ suffix: String) -> String {
    hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
  }
}
