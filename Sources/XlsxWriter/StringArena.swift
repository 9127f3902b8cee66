import CXlsxWriter
import Foundation

/// C strings that must outlive the call that received them.
///
/// libxlsxwriter copies cell text, but for configuration strings (document properties,
/// header/footer text, chart and axis titles, table headers, comment authors, the
/// temporary directory…) its behaviour varies between functions and versions. Rather
/// than audit each one, the workbook hands them a `strdup`'ed copy that lives until the
/// C workbook has been written and freed.
final class StringArena {
  private var pointers: [UnsafeMutablePointer<CChar>] = []

  /// A NUL-terminated copy of `string`, valid until this arena is released.
  func keep(_ string: String) throws -> UnsafeMutablePointer<CChar> {
    guard let copy = strdup(string) else {
      throw XlsxError(
        kind: .library(code: LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue),
        operation: "copying a string for libxlsxwriter", message: "out of memory")
    }
    pointers.append(copy)
    return copy
  }

  /// Same as ``keep(_:)`` but passes `nil` through, for optional C fields.
  func keep(optional string: String?) throws -> UnsafeMutablePointer<CChar>? {
    guard let string else { return nil }
    return try keep(string)
  }

  deinit {
    for pointer in pointers { free(pointer) }
  }
}
