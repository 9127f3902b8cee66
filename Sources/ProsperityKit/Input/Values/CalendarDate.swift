import Foundation

/// A day in the calendar, as activity files give start and end dates.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  public init?(year: Int, month: Int, day: Int) {
    guard (1900...9999).contains(year), (1...12).contains(month),
      (1...CalendarDate.days(inMonth: month, year: year)).contains(day)
    else { return nil }
    (self.year, self.month, self.day) = (year, month, day)
  }

  /// Reads ISO `2026-07-05` or the Israeli day-first `05/07/2026` (5 July); one-digit days and months
  /// are accepted in the day-first form.
  public init?(parsing text: String) {
    let trimmed = TableRecord.trimmed(text)
    if trimmed.contains("-") {
      let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
      guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
        let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
      else { return nil }
      self.init(year: year, month: month, day: day)
    } else {
      let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
      guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
        parts[2].count == 4, let day = Int(parts[0]), let month = Int(parts[1]),
        let year = Int(parts[2])
      else { return nil }
      self.init(year: year, month: month, day: day)
    }
  }

  /// The ISO spelling, `2026-07-05`.
  public var description: String {
    let pad = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
    return "\(year)-\(pad(month))-\(pad(day))"
  }

  /// The quarter the day falls in.
  public var quarter: Quarter { Quarter(year: year, number: (month - 1) / 3 + 1)! }

  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
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
