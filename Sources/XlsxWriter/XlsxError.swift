import CXlsxWriter

/// An error raised while building a workbook.
///
/// Errors come from two places: libxlsxwriter itself (``Kind/library(code:)``, whose
/// ``message`` is the library's own text from `lxw_strerror`) and the wrapper's own
/// validation, which rejects input before the C library could misbehave on it.
public struct XlsxError: Error, CustomStringConvertible, Sendable, Equatable {
  /// What went wrong, in a form tests and callers can match on.
  public enum Kind: Sendable, Equatable {
    /// libxlsxwriter returned this non-zero `lxw_error` code.
    case library(code: UInt32)
    /// A worksheet name breaks one of Excel's rules.
    case invalidSheetName
    /// A row or column lies outside Excel's 1,048,576 × 16,384 grid.
    case cellOutOfRange
    /// A number was NaN or infinite.
    case nonFiniteNumber
    /// A string is longer than the limit Excel or libxlsxwriter allows there.
    case stringTooLong
    /// Any other argument the wrapper refused (bad date, mismatched column count…).
    case invalidArgument
    /// The workbook was already closed (or freed), so it cannot be changed any more.
    case workbookClosed
  }

  /// What went wrong.
  public let kind: Kind
  /// What the wrapper was doing when it failed.
  public let operation: String
  /// A human-readable explanation; for library errors this is libxlsxwriter's own text.
  public let message: String

  /// Creates an error of the given kind.
  public init(kind: Kind, operation: String, message: String) {
    self.kind = kind
    self.operation = operation
    self.message = message
  }

  /// The raw `lxw_error` code when libxlsxwriter reported the failure, otherwise `nil`.
  public var code: UInt32? {
    if case .library(let code) = kind { return code }
    return nil
  }

  /// `operation: message`.
  public var description: String { "\(operation): \(message)" }

  /// Wraps a libxlsxwriter error code together with the library's message for it.
  init(libraryCode code: lxw_error, operation: String) {
    self.init(
      kind: .library(code: code.rawValue),
      operation: operation,
      message: String(cString: lxw_strerror(code)))
  }
}

/// Turns a libxlsxwriter return code into a thrown ``XlsxError``.
@inline(__always)
func check(_ result: lxw_error, _ operation: @autoclosure () -> String) throws {
  guard result == LXW_NO_ERROR else {
    throw XlsxError(libraryCode: result, operation: operation())
  }
}
