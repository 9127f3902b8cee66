import Foundation

/// A calendar quarter, the period every report covers.
package struct Quarter: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  /// Any year: see ``init(year:number:)``.
  package let year: Int
  /// 1 through 4.
  package let number: Int

  /// Any year: the quarter before, after or a year before any quarter is a quarter too, so
  /// stepping from one never fails. Which quarters can be reported is ``isReportable``.
  package init?(year: Int, number: Int) {
    guard (1...4).contains(number) else { return nil }
    self.year = year
    self.number = number
  }

  /// The first and last quarters reports can be made for: a workbook is dated on its quarter's
  /// last day, which libxlsxwriter accepts from 1970 on, and the quarter's files fall due after
  /// it, which for 9999-Q4 is past Excel's last day, 9999-12-31.
  static let reportable =
    Quarter(
      checkedYear: 1970, number: 1)...Quarter(
      checkedYear: 9999, number: 3)

  /// Whether a report can be made for the quarter: from 1970-Q1 through 9999-Q3.
  package var isReportable: Bool { Self.reportable.contains(self) }

  private init(checkedYear year: Int, number: Int) {
    self.year = year
    self.number = number
  }

  /// Reads `2026-Q3`, `2026Q3`, `Q3-2026` and `Q3 2026` (any case, surrounding spaces ignored).
  package init?(parsing text: String) {
    let compact = text.trimmingCharacters(in: .whitespaces).uppercased()
    let parts = compact.split(whereSeparator: { $0 == "-" || $0 == " " }).map(String.init)
    let yearText: String
    let quarterText: String
    switch parts.count {
    case 2 where parts[0].hasPrefix("Q"):
      (quarterText, yearText) = (parts[0], parts[1])
    case 2:
      (yearText, quarterText) = (parts[0], parts[1])
    case 1 where compact.count == 6:
      (yearText, quarterText) = (String(compact.prefix(4)), String(compact.suffix(2)))
    default:
      return nil
    }
    // Four digits, the first not a zero, so the quarter reads back from its own spelling.
    guard yearText.count == 4, quarterText.count == 2, quarterText.first == "Q",
      let year = Int(yearText), year >= 1000, let number = Int(quarterText.dropFirst())
    else { return nil }
    self.init(year: year, number: number)
  }

  /// The canonical spelling, `2026-Q3`, used in folder and file names.
  package var description: String { "\(year)-Q\(number)" }

  /// The quarter before, in the year before for a first quarter.
  package var previous: Quarter {
    number == 1
      ? Quarter(checkedYear: year - 1, number: 4) : Quarter(checkedYear: year, number: number - 1)
  }

  /// The quarter after, in the year after for a fourth quarter.
  package var next: Quarter {
    number == 4
      ? Quarter(checkedYear: year + 1, number: 1) : Quarter(checkedYear: year, number: number + 1)
  }

  /// The same quarter a year earlier, for the change over a year.
  package var yearAgo: Quarter { Quarter(checkedYear: year - 1, number: number) }

  /// The quarters of this quarter's year up to and including it, oldest first.
  package var yearToDate: [Quarter] { (1...number).map { Quarter(checkedYear: year, number: $0) } }

  /// Earlier quarters first.
  package static func < (lhs: Quarter, rhs: Quarter) -> Bool {
    (lhs.year, lhs.number) < (rhs.year, rhs.number)
  }
}
