import Testing

@testable import ProsperityInput
@testable import ProsperityModel

/// Numbers as spreadsheets save them in Israel — currency signs, grouping commas, percent signs,
/// `n/a` — read from their bytes give what the `String` rules give their text: the same value,
/// bit for bit, and the same form, or the bytes leave them to the `String` rules.
@Suite("Currency, grouping and percent read from bytes agree with the String rules")
struct NumberFormsBytesTests {
  /// Pieces of numbers, the forms of the realistic inputs among them, and what lies near them.
  static let atoms: [String] = [
    "₪", "$", "%", "-", "+", " ", "  ", "\t", "\r\n", ",", ".", "0", "1", "7", "12", "123", "007",
    "1,234", "57,300", "1,250,000", "₪57,300", "₪ 57,300.00", "$1,250,000", "72.5%", ".00", ".5",
    "3,5", "1,23", "n/a", "N/A", "n", "/", "a", "e", "E3", "123456789012345678",
    "99999999999999999999", "0.30000000000000004", String(repeating: "9", count: 310),
    "\u{00A0}", "\u{200F}", "\u{200E}", "\u{FEFF}", "\u{2007}", "€", "١", "\u{0301}", "₪\u{0301}",
  ]

  static func fromBytes(_ text: String) -> (number: ParsedNumber, form: ValueForm)? {
    Array(text.utf8).withUnsafeBufferPointer(NumberParser.read(utf8:))
  }

  /// Checks `text`; whether the bytes answered.
  @discardableResult
  static func check(_ text: String) -> Bool {
    let expected = NumberParser.read(text)
    guard let read = fromBytes(text) else { return false }
    #expect(
      FieldBytesTests.bits(read.number) == FieldBytesTests.bits(expected.number),
      "\(text.debugDescription)")
    #expect(read.form == expected.form, "form: \(text.debugDescription)")
    return true
  }

  @Test("generated numbers", arguments: 0..<4)
  func generated(seed: UInt64) {
    var random = SeededGenerator(seed: seed)
    var answered = 0
    var values = 0
    var forms: Set<String> = []
    for _ in 0..<20_000 {
      let text = (0..<Int.random(in: 1...5, using: &random)).map { _ in
        Self.atoms.randomElement(using: &random)!
      }.joined()
      guard Self.check(text) else { continue }
      answered += 1
      if case .value = NumberParser.read(text).number {
        values += 1
        forms.insert("\(NumberParser.read(text).form)")
      }
    }
    // The bytes answer most of them, values of every form among them: the test compares.
    #expect(answered > 8_000)
    #expect(values > 1_000)
    #expect(forms == ["plain", "percent", "shekels", "dollars"])
  }

  @Test(
    "the forms of the realistic inputs, read from bytes",
    arguments: [
      ("₪57,300", ParsedNumber.value(57_300), ValueForm.shekels),
      ("₪ 57,300.00", .value(57_300), .shekels), ("$1,250,000", .value(1_250_000), .dollars),
      ("57,300", .value(57_300), .plain), ("1,234,567", .value(1_234_567), .plain),
      ("72.5%", .value(0.725), .percent), ("85 %", .value(0.85), .percent),
      ("n/a", .notReported, .plain), ("N/A", .notReported, .plain), ("", .notReported, .plain),
      ("-₪300", .value(-300), .shekels), ("₪-300", .value(-300), .shekels),
      ("300₪", .value(300), .shekels), ("300 ₪", .value(300), .shekels),
      ("+$3", .value(3), .dollars), ("0.725", .value(0.725), .plain),
      ("3,5", .invalid, .plain), ("1,23", .invalid, .plain), ("₪$3", .invalid, .plain),
      ("5%₪", .invalid, .plain), ("₪5%", .invalid, .plain), ("1 234", .invalid, .plain),
      ("₪", .invalid, .plain), ("%", .invalid, .plain), ("5.", .invalid, .plain),
    ])
  func realisticForms(text: String, number: ParsedNumber, form: ValueForm) {
    #expect(Self.check(text), "read from bytes: \(text)")
    #expect(Self.fromBytes(text)?.number == number)
    #expect(Self.fromBytes(text)?.form == form)
  }

  @Test(
    "text beyond ASCII and ₪ is left to the String rules",
    arguments: ["\u{200F}₪300", "₪300\u{200E}", "€5", "١٢", "5\u{00A0}%", "₪\u{0301}5"])
  func beyondASCII(text: String) {
    #expect(Self.fromBytes(text) == nil)
  }
}
