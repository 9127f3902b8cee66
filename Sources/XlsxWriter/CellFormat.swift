import CXlsxWriter

/// A ``CellStyle`` registered with one ``Workbook``, ready to write cells with (see
/// ``Workbook/format(_:)``).
///
/// Writing with a style finds the style's libxlsxwriter format on every call, which on a sheet of
/// a hundred thousand rows costs about as much as libxlsxwriter's own work on each cell. A format
/// is found once and then written with directly. It is a plain value, cheap to copy into every
/// cell and safe to hand to a thread that prepares rows: only its workbook, on the workbook's
/// thread, ever touches the C format it names.
public struct CellFormat: Hashable, @unchecked Sendable {
  let pointer: UnsafeMutablePointer<lxw_format>
  let owner: ObjectIdentifier
  /// Where the format stands among its workbook's formats, from 0 in the order they were made:
  /// a key for tables kept per format.
  public let index: Int
  /// Whether the style's font is bold.
  public let isBold: Bool
  /// Whether the style wraps text.
  public let wrapsText: Bool
  /// Whether the style has a number format of its own.
  public let hasNumberFormat: Bool
  /// Whether the style lays its text out left to right whatever the sheet's direction.
  public let readsLeftToRight: Bool

  init(
    style: CellStyle, pointer: UnsafeMutablePointer<lxw_format>, owner: ObjectIdentifier, index: Int
  ) {
    self.pointer = pointer
    self.owner = owner
    self.index = index
    isBold = style.bold ?? false
    wrapsText = style.wrapText ?? false
    hasNumberFormat = style.numberFormat != nil
    readsLeftToRight = style.readingOrder == .leftToRight
  }
}

/// How a cell is to look: a style still to be found among the workbook's formats, or a format
/// found beforehand.
enum CellLook {
  case style(CellStyle?)
  case format(CellFormat)
}
