import Glibc

/// A C call of the system or of a C library that failed, with the reason it gave: every result of
/// a C call outside XlsxWriter goes through ``check(_:_:)`` or says why it needs no check.
package struct SystemCallFailure: Error, Sendable, CustomStringConvertible {
  /// The call, as the source names it.
  let call: String
  let reason: String

  /// `call: reason`, as messages show it.
  package var description: String { "\(call): \(reason)" }

  /// A failure with the reason `errno` holds now.
  static func errno(_ call: String) -> SystemCallFailure {
    SystemCallFailure(call: call, reason: String(cString: strerror(Glibc.errno)))
  }

  /// Throws when `result` is -1, the C convention of a failure with `errno` set.
  static func check(_ result: Int32, _ call: String) throws(SystemCallFailure) {
    guard result != -1 else { throw errno(call) }
  }
}
