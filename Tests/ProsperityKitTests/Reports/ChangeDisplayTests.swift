import Testing

@testable import ProsperityIndicators
@testable import ProsperityModel

/// How a change reads: percentage points for a percentage, the ratio's own units for a ratio,
/// relative change for counts and money.
@Suite struct ChangeDisplayTests {
  private func shown(_ from: Double, _ to: Double, _ unit: MeasureUnit) -> String {
    ChangeDisplay.text(Change(from: from, to: to), unit: unit).english
  }

  @Test func percentagesMoveInPercentagePoints() {
    #expect(shown(0.752, 0.770, .percent) == "+1.8 pp")
    #expect(shown(0, 0.2, .percent) == "+20.0 pp", "from 0% too, not —")
    #expect(shown(0.5, 0.25, .percent) == "-25.0 pp")
    #expect(shown(0.5, 0.5004, .percent) == "±0.0 pp", "a change that rounds to 0 has no sign")
    #expect(
      ChangeDisplay.text(Change(from: 0.752, to: 0.770), unit: .percent).hebrew == "+1.8 נק' אחוז")
  }

  @Test func ratiosMoveInTheirOwnUnits() {
    #expect(shown(2.1, 2.3, .ratio) == "+0.20")
    #expect(shown(31.21, 21.48, .ratio) == "-9.73")
  }

  @Test func countsAndMoneyKeepRelativeChange() {
    #expect(shown(11_030_000, 7_520_000, .usd) == "-32%")
    #expect(shown(49, 50, .count) == "+2.0%", "one decimal below 10%")
    #expect(shown(100, 100, .ils) == "±0.0%")
    #expect(
      shown(0, 20, .count) == "+20", "from 0 the absolute change, since relative means nothing")
    #expect(shown(0, -5_000, .ils) == "-₪5,000")
  }

  @Test func noChangeIsADash() {
    #expect(ChangeDisplay.text(nil, unit: .count).english == "—")
  }
}
