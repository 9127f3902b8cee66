import Foundation

/// A day in the calendar, as activity files give start and end dates.
public struct CalendarDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
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
    var trimmed = TableRecord.trimmed(text)
    guard let date = trimmed.withUTF8(CalendarDate.init(utf8:)) else { return nil }
    self = date
  }

  /// Reads the UTF-8 bytes of an already trimmed text, as ``init(parsing:)`` reads the text.
  init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
    // Read byte by byte, allocating nothing: dates fill two columns of every activity row.
    let separator: UInt8 =
      bytes.contains(UInt8(ascii: "-")) ? UInt8(ascii: "-") : UInt8(ascii: "/")
    var parts = (0, 0, 0)
    var lengths = (0, 0, 0)
    var index = 0
    var value = 0
    var length = 0
    func close() -> Bool {
      switch index {
      case 0: (parts.0, lengths.0) = (value, length)
      case 1: (parts.1, lengths.1) = (value, length)
      case 2: (parts.2, lengths.2) = (value, length)
      default: return false
      }
      index += 1
      (value, length) = (0, 0)
      return true
    }
    for byte in bytes {
      if byte == separator {
        guard close() else { return nil }
      } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") && length < 4 {
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
        length += 1
      } else {
        return nil
      }
    }
    guard close(), index == 3 else { return nil }
    if separator == UInt8(ascii: "-") {
      guard lengths == (4, 2, 2) else { return nil }
      self.init(year: parts.0, month: parts.1, day: parts.2)
    } else {
      guard (1...2).contains(lengths.0), (1...2).contains(lengths.1), lengths.2 == 4 else {
        return nil
      }
      self.init(year: parts.2, month: parts.1, day: parts.0)
    }
  }

  /// The ISO spelling, `2026-07-05`.
  public var description: String {
    let pad = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
    return "\(year)-\(pad(month))-\(pad(day))"
  }

  /// The quarter the day falls in.
  public var quarter: Quarter { Quarter(year: year, number: (month - 1) / 3 + 1)! }

  /// The last day a date can be (Excel's last day too): later dates are shown as this one.
  static let last = CalendarDate(year: 9999, month: 12, day: 31)!

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
