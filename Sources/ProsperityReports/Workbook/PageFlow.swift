/// Where a sheet's printed pages break so that no block — a short table, a row of charts — is
/// cut in two: a block that would not fit in what is left of a page starts the next one. Only
/// one table's header can repeat on a sheet's pages, so every other table is printed whole.
struct PageFlow {
  /// A landscape A4 page's height inside ``TabSetup``'s margins, in points.
  static let pageHeight = (8.27 - 0.75 - 0.75) * 72
  /// Excel's row height for its default font, Calibri 11; LibreOffice's rows for the cells'
  /// Arial 10 are lower, so pages estimated with it hold at least what is estimated.
  static let defaultRowHeight = 15.0

  let frame: SheetFrame
  /// The print scale, in percent.
  let scale: Int

  /// The rows that start a new page, given the first row of each block in order, and the row
  /// after the last block. The last block may run on over pages (its header repeats).
  func breaks(blockStarts: [Int], end: Int) -> [Int] {
    let capacity = Self.pageHeight * 100 / Double(scale)
    var breaks: [Int] = []
    var pageTop = 0
    for (index, start) in blockStarts.enumerated() where start > pageTop {
      let blockEnd = index + 1 < blockStarts.count ? blockStarts[index + 1] : end
      let isLast = index + 1 == blockStarts.count
      // The last block need only start with its header and a few rows on this page.
      let needed = isLast ? min(blockEnd, start + 4) : blockEnd
      if height(pageTop..<needed) > capacity {
        breaks.append(start)
        pageTop = start
      }
    }
    return breaks
  }

  private func height(_ rows: Range<Int>) -> Double {
    rows.reduce(0) { $0 + (frame.rowHeights[$1] ?? Self.defaultRowHeight) }
  }
}
