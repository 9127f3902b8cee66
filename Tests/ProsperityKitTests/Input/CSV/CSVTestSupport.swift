@testable import ProsperityKit

/// Shortcuts shared by the CSV tests.
enum CSVTestSupport {
  /// All records of `text`.
  static func records(_ text: String) -> [CSVRecord] {
    Array(CSVRecords(text))
  }

  /// All records of `bytes`.
  static func records(_ bytes: [UInt8]) -> [CSVRecord] {
    Array(CSVRecords(utf8: bytes))
  }

  /// The fields of every record of `text`.
  static func fields(_ text: String) -> [[String]] {
    records(text).map(\.fields)
  }

  /// The decoded text, or `nil` with the failure recorded by the caller's expectations.
  static func decoded(_ bytes: [UInt8]) -> TextDecoding.Decoded? {
    try? TextDecoding.decode(bytes).get()
  }

  /// The failure, or `nil` when decoding succeeded.
  static func failure(_ bytes: [UInt8]) -> TextDecoding.Failure? {
    if case .failure(let failure) = TextDecoding.decode(bytes) { return failure }
    return nil
  }
}
