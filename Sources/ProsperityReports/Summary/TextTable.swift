/// Plain-text columns for the e-mail summary, padded by characters so Hebrew and numbers line up in
/// a fixed-width font.
package struct TextTable {
  var rows: [[String]] = []

  mutating func add(_ row: [String]) { rows.append(row) }

  func render(indent: String = "  ") -> [String] {
    let columns = rows.map(\.count).max() ?? 0
    let widths = (0..<columns).map { column in
      rows.map { column < $0.count ? Self.width($0[column]) : 0 }.max() ?? 0
    }
    return rows.map { row in
      let cells = row.enumerated().map { index, cell in
        index == row.count - 1
          ? cell : cell + String(repeating: " ", count: widths[index] - Self.width(cell))
      }
      return indent + cells.joined(separator: "  ")
    }
  }

  /// The characters `cell` shows: direction marks around a quarter code in Hebrew take no room.
  static func width(_ cell: String) -> Int {
    cell.count - cell.unicodeScalars.filter { directionMarks.contains($0.value) }.count
  }

  private static let directionMarks: Set<UInt32> = [0x200E, 0x200F, 0x202A, 0x202B, 0x202C]
}
