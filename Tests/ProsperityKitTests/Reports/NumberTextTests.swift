import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports
@testable import ProsperityStore
@testable import ProsperitySupport

@Suite struct NumberTextTests {
  @Test(arguments: [
    (1234.0, "1234"), (0.85, "0.85"), (-3, "-3"), (0, "0"), (-0.0, "0"), (1e-5, "0.00001"),
    (1.5e20, "150000000000000000000"), (123_456_789_012, "123456789012"),
    (0.1 + 0.2, "0.30000000000000004"),
    (2.5e-7, "0.00000025"), (1e16, "10000000000000000"), (-1.25e-3, "-0.00125"),
  ])
  func writesShortestRoundTripWithoutExponent(value: Double, text: String) {
    #expect(NumberText.plain(value) == text)
    #expect(Double(NumberText.plain(value)) == (value == 0 ? 0 : value))
  }

  @Test func displaysUnitsForPeople() {
    #expect(DisplayNumber.format(1_234_567, unit: .ils) == "₪1,234,567")
    #expect(DisplayNumber.format(-5000, unit: .usd) == "-$5,000")
    #expect(DisplayNumber.format(0.853, unit: .percent) == "85.3%")
    #expect(DisplayNumber.format(12_345, unit: .count) == "12,345")
    #expect(DisplayNumber.format(1.7049, unit: .ratio) == "1.70")
  }

  @Test func hashesLikeSha256() throws {
    #expect(
      try SHA256.hex(of: []) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(
      try SHA256.hex(of: Array("abc".utf8))
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    let long = Array(repeating: UInt8(ascii: "a"), count: 1000)
    #expect(
      try SHA256.hex(of: long) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"
    )
  }
}
