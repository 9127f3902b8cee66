import CXlsxWriter
import Foundation

extension Worksheet {
  /// Number format applied to dates written without one; Excel would otherwise show
  /// the raw serial number.
  public static let defaultDateFormat = "yyyy-mm-dd"
  /// Number format applied to date-times written without one.
  public static let defaultDateTimeFormat = "yyyy-mm-dd hh:mm"

  /// Writes a calendar date (no time zone involved). If `style` has no number format,
  /// ``defaultDateFormat`` is used.
  public func writeDate(
    year: Int, month: Int, day: Int, row: Int, column: Int, style: CellStyle? = nil
  ) throws {
    let effective =
      style?.numberFormat != nil
      ? style : (style ?? CellStyle()).with { $0.numberFormat = Self.defaultDateFormat }
    try writeDate(
      year: year, month: month, day: day, row: row, column: column, look: .style(effective))
  }

  /// Writes a calendar date in a format found beforehand (see ``Workbook/format(_:)``); a format
  /// without a number format of its own gets ``defaultDateFormat``.
  public func writeDate(
    year: Int, month: Int, day: Int, row: Int, column: Int, format: CellFormat
  ) throws {
    guard format.hasNumberFormat else {
      return try writeDate(
        year: year, month: month, day: day, row: row, column: column,
        style: workbook.style(of: format) ?? CellStyle())
    }
    try writeDate(
      year: year, month: month, day: day, row: row, column: column, look: .format(format))
  }

  private func writeDate(
    year: Int, month: Int, day: Int, row: Int, column: Int, look: CellLook
  ) throws {
    // Checked by arithmetic rather than through Foundation's calendar: dates fill whole columns.
    func operation() -> String { self.describe("writing a date", row: row, column: column) }
    guard (1900...9999).contains(year), (1...12).contains(month),
      (1...Self.daysIn(month: month, of: year)).contains(day)
    else {
      throw XlsxError(
        kind: .invalidArgument, operation: operation(),
        message: "\(year)-\(month)-\(day) 0:0:0.0 is not a date Excel can hold (years 1900–9999)")
    }
    var datetime = lxw_datetime(
      year: Int32(year), month: Int32(month), day: Int32(day), hour: 0, min: 0, sec: 0)
    let (sheet, format) = try prepare(row: row, column: column, look: look, operation())
    try check(
      worksheet_write_datetime(sheet, lxw_row_t(row), lxw_col_t(column), &datetime, format),
      operation())
  }

  /// Writes the date and (optional) time in `components` as a local, zone-less Excel
  /// date-time. Year, month and day are required; hour, minute, second and nanosecond
  /// default to zero. If `style` has no number format, ``defaultDateTimeFormat`` is used
  /// when a time is present and ``defaultDateFormat`` otherwise.
  public func writeDateTime(
    _ components: DateComponents, row: Int, column: Int, style: CellStyle? = nil
  ) throws {
    let hasTime = [components.hour, components.minute, components.second].contains { $0 != nil }
    try writeDateTime(
      components, row: row, column: column, style: style,
      defaultFormat: hasTime ? Self.defaultDateTimeFormat : Self.defaultDateFormat)
  }

  private func writeDateTime(
    _ components: DateComponents, row: Int, column: Int, style: CellStyle?, defaultFormat: String
  ) throws {
    let operation = describe("writing a date", row: row, column: column)
    var datetime = try Self.excelDateTime(from: components, operation)
    let effective = (style ?? CellStyle()).with {
      if $0.numberFormat == nil { $0.numberFormat = defaultFormat }
    }
    let (sheet, format) = try prepare(row: row, column: column, style: effective, operation)
    try check(
      worksheet_write_datetime(sheet, lxw_row_t(row), lxw_col_t(column), &datetime, format),
      operation)
  }

  // libxlsxwriter converts whatever it is given, so an impossible date such as
  // 31 February would silently become 3 March; the proleptic Gregorian calendar
  // decides validity here instead, by arithmetic: a Foundation calendar asked for every
  // date cost more than writing it, on sheets of a hundred thousand dates.
  static func excelDateTime(from components: DateComponents, _ operation: String) throws
    -> lxw_datetime
  {
    guard let year = components.year, let month = components.month, let day = components.day
    else {
      throw XlsxError(
        kind: .invalidArgument, operation: operation,
        message: "a date needs year, month and day")
    }
    let hour = components.hour ?? 0
    let minute = components.minute ?? 0
    let second = Double(components.second ?? 0) + Double(components.nanosecond ?? 0) / 1e9
    let valid =
      (1900...9999).contains(year) && (1...12).contains(month)
      && (1...daysIn(month: month, of: year)).contains(day) && (0...23).contains(hour)
      && (0...59).contains(minute) && second >= 0 && second < 60
    guard valid else {
      throw XlsxError(
        kind: .invalidArgument, operation: operation,
        message: "\(year)-\(month)-\(day) \(hour):\(minute):\(second) is not a date Excel can hold"
          + " (years 1900–9999)")
    }
    return lxw_datetime(
      year: Int32(year), month: Int32(month), day: Int32(day), hour: Int32(hour),
      min: Int32(minute), sec: second)
  }

  /// The days of `month` (1…12) in `year`, Gregorian: a leap year is divisible by 4, and a
  /// century only when divisible by 400 (1900 was not, 2000 was).
  static func daysIn(month: Int, of year: Int) -> Int {
    switch month {
    case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}
