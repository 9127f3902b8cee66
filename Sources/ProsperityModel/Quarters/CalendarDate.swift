import Foundation

/// A day in the calendar, as activity files give start and end dates.
package struct CalendarDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  /// From 1900 through 9999.
  package let year: Int
  /// 1 through 12.
  package let month: Int
  /// 1 through the month's last day.
  package let day: Int

  /// The date, or `nil` when it is no day of the calendar (`2026-02-30`) or its year is outside
  /// 1900 through 9999.
  package init?(year: Int, month: Int, day: Int) {
    guard (1900...9999).contains(year), (1...12).contains(month),
      (1...CalendarDate.days(inMonth: month, year: year)).contains(day)
    else { return nil }
    (self.year, self.month, self.day) = (year, month, day)
  }

  /// The ISO spelling, `2026-07-05`.
  package var description: String {
    let pad = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
    return "\(year)-\(pad(month))-\(pad(day))"
  }

  /// The quarter the day falls in.
  var quarter: Quarter { Quarter(year: year, number: (month - 1) / 3 + 1)! }

  /// The last day a date can be (Excel's last day too): later dates are shown as this one.
  package static let last = CalendarDate(year: 9999, month: 12, day: 31)!

  /// Earlier dates first.
  package static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  private static func days(inMonth month: Int, year: Int) -> Int {
    switch month {
    case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}
