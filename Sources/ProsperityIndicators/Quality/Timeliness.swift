import Foundation
import ProsperityModel

/// When a file arrived, where that is known, against the quarter's due date.
package struct FileArrival: Sendable {
  enum Source: Sendable {
    /// The file's `submitted` column.
    case submittedColumn
    /// The file's modification time (only when `timeliness.use_file_times` is yes).
    case fileTime
  }

  /// The file, as diagnostics name it.
  package let path: String
  /// `timeliness.due_days` after the quarter's last day, in Israel's time zone.
  package let due: CalendarDate
  /// The `submitted` date, or the modification day where file times count; `nil` when unknown.
  package let arrived: CalendarDate?
  let source: Source?

  /// Days past the due date; `nil` when the arrival is unknown.
  package var daysLate: Int? { arrived.map { Timeliness.days(from: due, to: $0) } }
  /// Whether the file is known to have arrived after its due date.
  package var isLate: Bool { (daysLate ?? 0) > 0 }
}

/// Due dates and arrival times, in the cluster's own time zone so a file saved on the evening of
/// the due date is on time.
struct Timeliness {
  let settings: QualitySettings

  static let zone = TimeZone(identifier: "Asia/Jerusalem") ?? TimeZone(identifier: "UTC")!

  // Made once: building a calendar and setting its zone cost more than the date arithmetic.
  private static let calendar: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    return calendar
  }()

  /// `timeliness.due_days` days after the quarter's last day.
  func dueDate(of quarter: Quarter) -> CalendarDate {
    let lastDay = Self.date(
      CalendarDate(
        year: quarter.year, month: quarter.number * 3,
        day: quarter.number == 1 || quarter.number == 4 ? 31 : 30)!)
    let due = Self.calendar.date(byAdding: .day, value: settings.dueDays, to: lastDay)!
    return Self.calendarDate(due)
  }

  func arrival(of path: String, quarter: Quarter, submitted: CalendarDate?) -> FileArrival {
    let due = dueDate(of: quarter)
    if let submitted {
      return FileArrival(path: path, due: due, arrived: submitted, source: .submittedColumn)
    }
    if settings.useFileTimes,
      let modified = try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate]
        as? Date
    {
      return FileArrival(
        path: path, due: due, arrived: Self.calendarDate(modified), source: .fileTime)
    }
    return FileArrival(path: path, due: due, arrived: nil, source: nil)
  }

  static func days(from start: CalendarDate, to end: CalendarDate) -> Int {
    calendar.dateComponents([.day], from: date(start), to: date(end)).day ?? 0
  }

  private static func date(_ day: CalendarDate) -> Date {
    calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))!
  }

  private static func calendarDate(_ date: Date) -> CalendarDate {
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    // A due date so many days after 9999-Q3 that it passes the last day is shown as that day.
    return CalendarDate(year: parts.year ?? 9999, month: parts.month ?? 12, day: parts.day ?? 31)
      ?? .last
  }
}
