import Foundation
import XlsxReading

/// The tables of a sheet as a reader sees them: a header band (a row of at least two text cells,
/// every one bold on a solid fill, or several such rows in a row) and the rows below it down to
/// the next empty row. Each row keeps the words of its text cells, to be found again in the
/// printed text. Numbers are left out: their printed form depends on the number format.
struct PrintedSheet {
  enum Role: Hashable {
    /// A row of the header band of the table whose band starts at that row.
    case header(table: Int)
    case data(table: Int)
    /// Titles, notes and anything else outside a table.
    case other
  }

  struct Row {
    let number: Int
    let role: Role
    /// The words of each cell that shows text (a string, or a formula's cached text).
    let cells: [Set<String>]
    var words: Set<String> { cells.reduce(into: []) { $0.formUnion($1) } }
  }

  let name: String
  let rows: [Row]

  init(name: String, sheet: SheetContents, styles: [String]) {
    self.name = name
    var byRow: [Int: [(column: Int, cell: Cell, text: String?)]] = [:]
    for (reference, cell) in sheet.cells {
      let letters = reference.prefix { $0.isLetter }
      guard let row = Int(reference.dropFirst(letters.count)) else { continue }
      let column = letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }
      let text = sheet.text(at: reference).flatMap { $0.isEmpty ? nil : $0 }
      byRow[row, default: []].append((column, cell, text))
    }
    var rows: [Row] = []
    var table: Int?
    for number in 1...max(sheet.lastRow, 1) {
      let cells = (byRow[number] ?? []).sorted { $0.column < $1.column }
      let texts = cells.filter { $0.text != nil }
      let isHeader =
        texts.count >= 2
        && texts.allSatisfy { Self.isHeaderStyle(styles, $0.cell.styleIndex) }
      let isEmpty = cells.allSatisfy { $0.cell.value == .blank }
      let role: Role
      if isHeader {
        var band = number
        if case .header(let previous)? = rows.last?.role { band = previous }
        table = band
        role = .header(table: band)
      } else if isEmpty {
        table = nil
        role = .other
      } else if let table {
        role = .data(table: table)
      } else {
        role = .other
      }
      rows.append(
        Row(
          number: number, role: role,
          cells: texts.map { PrintedWords.of($0.text ?? "") }.filter { !$0.isEmpty }))
    }
    self.rows = rows
  }

  /// Bold on a solid fill: how the writer marks a header, and what a reader takes for one.
  private static func isHeaderStyle(_ styles: [String], _ index: Int) -> Bool {
    guard styles.indices.contains(index) else { return false }
    return styles[index].contains("<b>") && styles[index].contains("patternType=solid")
  }
}

/// The words that survive printing and `pdftotext`: runs of letters of one script (two letters
/// or more), so that text glued to a neighbouring cell or reordered around punctuation by the
/// bidi algorithm still yields the same words.
enum PrintedWords {
  static func of(_ text: String) -> Set<String> {
    var words: Set<String> = []
    var current = ""
    var currentIsHebrew = false
    func flush() {
      if current.count >= 2 { words.insert(current) }
      current = ""
    }
    for scalar in text.unicodeScalars {
      guard scalar.properties.isAlphabetic else {
        flush()
        continue
      }
      let isHebrew = (0x0590...0x05FF).contains(scalar.value)
      if !current.isEmpty && isHebrew != currentIsHebrew { flush() }
      currentIsHebrew = isHebrew
      current.unicodeScalars.append(scalar)
    }
    flush()
    return words
  }
}
