import CXlsxWriter

/// An error reported by libxlsxwriter, carrying the library's own message.
public struct XlsxError: Error, CustomStringConvertible, Sendable {
  /// The raw `lxw_error` code.
  public let code: UInt32
  /// What the wrapper was doing when the library failed.
  public let operation: String

  /// The library's own description of `code`.
  public var message: String { String(cString: lxw_strerror(lxw_error(code))) }

  public var description: String { "\(operation): \(message)" }
}

/// Turns a libxlsxwriter return code into a thrown ``XlsxError``.
@inline(__always)
func check(_ result: lxw_error, _ operation: @autoclosure () -> String) throws {
  guard result == LXW_NO_ERROR else {
    throw XlsxError(code: result.rawValue, operation: operation())
  }
}
