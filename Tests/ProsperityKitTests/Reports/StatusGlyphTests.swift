import ProsperityModel
import Testing

@testable import ProsperityIndicators
@testable import ProsperityReports

/// Issue #14 item 14: status symbols every usual font draws whole, and chart colours that do not
/// say "red" where nothing is.
@Suite("Status symbols and colours")
struct StatusGlyphTests {
  /// The geometric shapes and dashes of Windows' core glyph set (WGL4): Arial has them, and so do
  /// Liberation Sans and DejaVu Sans, the fonts LibreOffice puts in its place. ◐ is not one.
  static let wgl4: Set<UInt32> = [
    0x2013, 0x25A0, 0x25A1, 0x25AA, 0x25AB, 0x25AC, 0x25B2, 0x25BA, 0x25BC, 0x25C4, 0x25CA,
    0x25CB, 0x25CF, 0x25D8, 0x25D9, 0x25E6,
  ]
  static let statuses: [Status] = [.green, .amber, .red, .grey]

  @Test func symbolsAreDistinctAndInEveryFont() {
    let symbols = Self.statuses.map(ReportText.statusSymbol)
    #expect(Set(symbols).count == symbols.count)
    for symbol in symbols {
      #expect(symbol.unicodeScalars.allSatisfy { Self.wgl4.contains($0.value) }, "\(symbol)")
    }
  }

  @Test func targetLinesAreNoStatusColour() {
    for status in Self.statuses {
      let colours = WorkbookStyles.statusColors(status)
      #expect(![colours.fill, colours.font, colours.strong].contains(WorkbookStyles.targetColor))
    }
  }
}
