import CXlsxWriter
import Foundation

/// How libxlsxwriter should build the file.
public struct WorkbookOptions: Hashable, Sendable {
  /// Flush each row to a temporary file as soon as a later row is written, keeping
  /// memory flat for huge sheets.
  ///
  /// In this mode rows must be written in ascending order: once a later row has been
  /// written, writing to an earlier one throws (libxlsxwriter's "index out of range").
  /// Strings are stored inline (`t="inlineStr"`) instead of in the shared-string table,
  /// and ``Worksheet/addTable(firstRow:firstColumn:lastRow:lastColumn:name:columns:style:totalRow:)``
  /// throws because libxlsxwriter does not support tables here.
  public var constantMemory: Bool
  /// Directory for libxlsxwriter's temporary files; `nil` uses the system default.
  public var temporaryDirectory: String?
  /// Allow ZIP64 extensions so the file may exceed 4 GB.
  public var useZip64: Bool

  /// Creates options; the defaults match libxlsxwriter's.
  public init(
    constantMemory: Bool = false, temporaryDirectory: String? = nil, useZip64: Bool = false
  ) {
    self.constantMemory = constantMemory
    self.temporaryDirectory = temporaryDirectory
    self.useZip64 = useZip64
  }
}
