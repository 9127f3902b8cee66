/// Plain-text columns for the e-mail summary, padded by characters so Hebrew and numbers line up in
/// a fixed-width font.
package struct TextTable {
  var rows: [[String]] = []

  mutating func add(_ row: [String]) { rows.append(row) }

  func render(indent: String = "  ") -> [String] {
    let columns = rows.map(\.count).max() ?? 0
    let widths = (0..<columns).map { column in
      rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
    }
    return rows.map { row in
      let cells = row.enumerated().map { index, cell in
        index == row.count - 1
          ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
      }
      return indent + cells.joined(separator: "  ")
    }
  }
}
