import ProsperityIndicators
import ProsperityModel
import XlsxWriter

/// ``WorkbookStyles`` made into one workbook's formats, all up front: cells carry a format found
/// once instead of a style found again for every cell, which was a fifth of the time spent
/// writing a sheet of a hundred thousand activities. Formats nothing is written with do not
/// reach the file (libxlsxwriter writes only the formats cells use).
package struct WorkbookFormats: Sendable {
  /// The styles behind the formats, for what takes a style (conditional formats, charts).
  let book: WorkbookStyles
  var language: Language { book.language }

  let title, subtitle, section, header, band, label, plain, text, wrapped, wrappedPath: CellFormat
  let code, path, detail, muted, note, rejected, wrappedRejected, total: CellFormat
  let attainment, totalAttainment, plainNumber, change, pointsChange, ratioChange: CellFormat
  let count, date, flag: CellFormat
  private let numbers, totalNumbers: [MeasureUnit: CellFormat]
  /// The plain numbers of a unit of the catalog's own: whole, and with decimals.
  private let plainWhole, totalPlainWhole, plainFraction, totalPlainFraction: CellFormat
  private let statuses, statusRates: FormatsByCase<Status>

  init(_ book: WorkbookStyles, in workbook: Workbook) throws {
    self.book = book
    let format = { (style: CellStyle) in try workbook.format(style) }
    title = try format(book.title)
    subtitle = try format(book.subtitle)
    section = try format(book.section)
    header = try format(book.header)
    band = try format(book.band)
    label = try format(book.label)
    plain = try format(book.plain)
    text = try format(book.text)
    wrapped = try format(book.wrapped)
    wrappedPath = try format(book.wrappedPath)
    code = try format(book.code)
    path = try format(book.path)
    detail = try format(book.detail)
    muted = try format(book.muted)
    note = try format(book.note)
    rejected = try format(book.rejected)
    wrappedRejected = try format(book.wrappedRejected)
    total = try format(book.total)
    attainment = try format(book.attainment)
    totalAttainment = try format(book.totalAttainment)
    plainNumber = try format(book.plainNumber)
    change = try format(book.change)
    pointsChange = try format(book.pointsChange)
    ratioChange = try format(book.ratioChange)
    count = try format(book.count)
    date = try format(book.date)
    flag = try format(book.flag)
    numbers = try Self.byUnit { try format(book.number($0)) }
    totalNumbers = try Self.byUnit { try format(book.totalNumber($0)) }
    statuses = try FormatsByCase { try format(book.status($0)) }
    statusRates = try FormatsByCase { try format(book.statusRate($0)) }
    plainWhole = try format(book.number(.other("")))
    totalPlainWhole = try format(book.totalNumber(.other("")))
    plainFraction = try format(book.plainFraction)
    totalPlainFraction = try format(book.totalPlainFraction)
  }

  private static func byUnit(_ make: (MeasureUnit) throws -> CellFormat) rethrows -> [MeasureUnit:
    CellFormat]
  {
    var formats: [MeasureUnit: CellFormat] = [:]
    for unit in MeasureUnit.known { formats[unit] = try make(unit) }
    return formats
  }

  // Every known unit was given a format when this was made; any other unit's numbers are plain.
  func number(_ unit: MeasureUnit) -> CellFormat { numbers[unit] ?? plainWhole }
  func totalNumber(_ unit: MeasureUnit) -> CellFormat { totalNumbers[unit] ?? totalPlainWhole }

  /// The format `value` is written in when a cell asks for `format`: the same, except that a
  /// plain number that is not whole shows its decimals. Settled here, where every number cell
  /// passes, rather than at each of the places that pick a unit's format.
  @inline(__always)
  func format(_ format: CellFormat, for value: Double) -> CellFormat {
    guard format.index == plainWhole.index || format.index == totalPlainWhole.index,
      value.rounded() != value
    else { return format }
    return format.index == plainWhole.index ? plainFraction : totalPlainFraction
  }
  func status(_ status: Status) -> CellFormat { statuses[status] }
  func statusRate(_ status: Status) -> CellFormat { statusRates[status] }
}

/// A format for every case of `Key`, made up front.
package struct FormatsByCase<Key: CaseIterable & Hashable & Sendable>: Sendable {
  private let formats: [Key: CellFormat]

  init(_ make: (Key) throws -> CellFormat) throws {
    var formats: [Key: CellFormat] = [:]
    for key in Key.allCases { formats[key] = try make(key) }
    self.formats = formats
  }

  // Every case was given a format when this was made.
  subscript(key: Key) -> CellFormat { formats[key]! }
}
