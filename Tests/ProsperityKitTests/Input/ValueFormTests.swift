import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports

/// How a value was written, and which units that form contradicts.
@Suite("Value forms against units")
struct ValueFormTests {
  @Test(
    "the form of what people type",
    arguments: [
      ("1234", ValueForm.plain), ("1,234", .plain), ("85%", .percent), (" 85 % ", .percent),
      ("₪1,250", .shekels), ("1,250 ₪", .shekels), ("-₪5", .shekels), ("$3,400", .dollars),
      ("\u{200F}$5\u{200F}", .dollars), ("n/a", .plain), ("", .plain), ("₪$5", .plain),
      ("5%₪", .plain),
    ])
  func forms(text: String, form: ValueForm) {
    #expect(NumberParser.read(text).form == form)
    #expect(NumberParser.read(text).number == NumberParser.parse(text))
  }

  @Test("what fits each known unit, and what contradicts it")
  func knownUnits() {
    let fits: [(ValueForm, MeasureUnit, Double)] = [
      (.plain, .count, 1781), (.plain, .ils, 5), (.plain, .usd, 5), (.plain, .ratio, 21.5),
      (.plain, .percent, 0.85), (.plain, .percent, -1), (.plain, .percent, 1),
      (.percent, .percent, 17.81), (.percent, .ratio, 0.62), (.shekels, .ils, 5),
      (.dollars, .usd, 5),
    ]
    for (form, unit, value) in fits {
      #expect(form.fits(unit, value: value), "\(form) \(unit) \(value)")
    }
    let contradictions: [(ValueForm, MeasureUnit, Double)] = [
      (.percent, .count, 17.81), (.percent, .ils, 0.5), (.percent, .usd, 0.5),
      (.dollars, .ils, 16_983_000), (.shekels, .usd, 5), (.shekels, .count, 5),
      (.dollars, .ratio, 5), (.shekels, .percent, 0.5), (.plain, .percent, 85),
      (.plain, .percent, -5), (.plain, .percent, 1.5),
    ]
    for (form, unit, value) in contradictions {
      #expect(!form.fits(unit, value: value), "\(form) \(unit) \(value)")
    }
  }

  @Test("a unit of the catalog's own takes plain numbers and the forms its name mentions")
  func ownUnits() {
    #expect(ValueForm.plain.fits(.other("people"), value: 85))
    #expect(!ValueForm.percent.fits(.other("people"), value: 0.85))
    #expect(!ValueForm.shekels.fits(.other("nights"), value: 5))
    #expect(ValueForm.shekels.fits(.other("אלפי ₪"), value: 5))
    #expect(ValueForm.shekels.fits(.other("thousand NIS"), value: 5))
    #expect(ValueForm.dollars.fits(.other("thousand USD"), value: 5))
    #expect(!ValueForm.dollars.fits(.other("אלפי ₪"), value: 5))
    #expect(ValueForm.percent.fits(.other("% of households"), value: 0.4))
  }
}
