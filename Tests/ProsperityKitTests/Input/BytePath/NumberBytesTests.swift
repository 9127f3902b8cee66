import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports
@testable import ProsperityStore
@testable import ProsperitySupport

/// Plain decimals read from bytes have exactly the value `Double(String)` gives them.
@Suite("Plain decimals read from bytes")
struct NumberBytesTests {
  /// What `NumberParser` reads first: the value `Double(String)` gives a plain decimal, else nil.
  static func expected(_ text: String) -> Double? {
    let points = text.filter { $0 == "." }.count
    let digits = text.filter { $0.isASCII && $0.isNumber }.count
    guard points + digits == text.count, points <= 1, digits > 0, text.last != "." else {
      return nil
    }
    return Double(text)
  }

  static func fromBytes(_ text: String) -> Double? {
    Array(text.utf8).withUnsafeBufferPointer(NumberParser.plainValue)
  }

  @Test("random digit strings, with and without a point, 1 to 24 digits")
  func randomDecimals() {
    var random = SeededGenerator(seed: 2026)
    var exactPath = 0
    for _ in 0..<40_000 {
      let count = Int.random(in: 1...24, using: &random)
      var text = String((0..<count).map { _ in "0123456789".randomElement(using: &random)! })
      if Bool.random(using: &random) {
        let at = text.index(text.startIndex, offsetBy: Int.random(in: 0...count, using: &random))
        text.insert(".", at: at)
      }
      if text.count <= 16 { exactPath += 1 }
      #expect(Self.fromBytes(text)?.bitPattern == Self.expected(text)?.bitPattern, "\(text)")
    }
    #expect(exactPath > 1000)
  }

  @Test(
    "edges of the exact path and beyond it",
    arguments: [
      "0", "0.0", "00.000", "007", ".5", "5.", ".", "..", "1.2.3", "", "0.1", "0.2", "0.3",
      "999999999999999", "9999999999999999", "9007199254740992", "9007199254740993",
      "123456789012345.6", "0.000000000000001", "0.0000000000000001", "1.7976931348623157",
      "179769313486231570000", "4.9406564584124654", "2.2250738585072014",
      String(repeating: "9", count: 400), "0." + String(repeating: "0", count: 400) + "1",
      "1,234", "-1", "+1", "1e5", " 1", "1 ", "١", "１",
    ])
  func edges(text: String) {
    #expect(Self.fromBytes(text)?.bitPattern == Self.expected(text)?.bitPattern)
  }
}
