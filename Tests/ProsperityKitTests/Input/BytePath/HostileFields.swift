/// Field texts built to catch a byte-level shortcut disagreeing with the `String`-level rules:
/// every kind of Unicode space and invisible mark at either end, digits that are not ASCII,
/// canonically equivalent spellings, signs, exponents, huge numbers, quotes and line breaks.
enum HostileFields {
  static let atoms: [String] = [
    "", " ", "  ", "\t", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1F}", "\u{00A0}", "\u{2007}",
    "\u{202F}", "\u{3000}", "\u{1680}", "\u{0085}", "\u{2028}", "\u{2029}", "\u{205F}",
    "\u{180E}", "\u{200B}", "\u{200E}", "\u{200F}", "\u{202A}", "\u{FEFF}", "\u{0301}",
    "\u{05B8}", "0", "1", "7", "12", "007", "1,234", "1,234.5", "12,345,678.25", "3,5", "1,23",
    ".", ".5", "5.", "0.1", "0.30000000000000004", "-", "+", "%", "₪", "$", "e", "1e5", "E-3",
    "n/a", "N/A", "inf", "nan", "0x10", "١٢٣", "１２", "٫", "123456789012345", "1234567890123456",
    "99999999999999999999", "9007199254740993", "0.123456789012345", "179769313486231570000",
    "2026-07-05", "05/07/2026", "5/7/2026", "2026-02-30", "31/02/2026", "2026-7-5",
    "29/02/2024", "1899-12-31", "active", "Active", " ACTIVE", "planned", "completed", "delayed",
    "cancelled", "פעיל", "מתוכנן", "הושלם", "מתעכב", "בוטל", "é", "e\u{0301}", "K", "\u{212A}",
    "Å", "\u{212B}", "A\u{030A}", "AGR-1", "AGR-2", "א", "ב\u{05BC}\u{05B8}", "ב\u{05B8}\u{05BC}",
    "\"", "\"\"", ",", "\n", "\r\n", "\r", "😀", "x", "סה\"כ",
    // The realistic inputs' forms, and near misses.
    "₪57,300", "₪ 1,250.00", "$1,250,000", "72.5%", "₪-3", "3 ₪", "57,300", "N/a", "ACTIVE",
    "Cancelled", "aCtIvE", "Planned", "€",
  ]

  /// One to four atoms, or none.
  static func text(_ random: inout SeededGenerator) -> String {
    (0..<Int.random(in: 0...4, using: &random)).map { _ in
      atoms.randomElement(using: &random)!
    }.joined()
  }

  /// `text` as a CSV field: quoted when it must be, and at random when it need not be; now and
  /// then written the malformed way Excel never writes, with text after the closing quote.
  static func csv(_ text: String, _ random: inout SeededGenerator) -> String {
    // A quote inside an unquoted field is text (`סה"כ`); only one at the start opens quotes.
    let special: Set<UInt8> = [0x2C, 0x0A, 0x0D]
    let mustQuote = text.utf8.contains { special.contains($0) } || text.utf8.first == 0x22
    let escaped = text.utf8.flatMap { $0 == 0x22 ? [0x22, 0x22] : [$0] }
    let quoted = "\"" + String(decoding: escaped, as: UTF8.self) + "\""
    if mustQuote { return quoted }
    switch Int.random(in: 0..<10, using: &random) {
    case 0..<6: return text
    case 6..<9: return quoted
    default: return "\"" + text + "\"x"
    }
  }

  /// A CSV line of `count` hostile fields.
  static func line(fields count: Int, _ random: inout SeededGenerator) -> String {
    (0..<count).map { _ in csv(text(&random), &random) }.joined(separator: ",")
  }
}

/// SplitMix64: the same numbers for the same seed on every machine, so a failing generated case
/// can be found again from its seed.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }
}
