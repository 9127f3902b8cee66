import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports
@testable import ProsperityStore
@testable import ProsperitySupport

@Suite struct FormulaTests {
  private func values(_ table: [String: Double]) -> (String) -> Figure {
    { id in table[id].map(Figure.value) ?? .unavailable(.verbatim("missing \(id)")) }
  }

  @Test func respectsPrecedenceParenthesesAndUnaryMinus() throws {
    let formula = try FormulaParser.parse("-a.x + b * (c - 2) / 4")
    #expect(formula.evaluate(values(["a.x": 1, "b": 6, "c": 10])) == .value(11))
    #expect(try FormulaParser.parse("--3").evaluate(values([:])) == .value(3))
    #expect(try FormulaParser.parse("10 - 4 - 3").evaluate(values([:])) == .value(3))
    #expect(try FormulaParser.parse("24 / 4 / 2").evaluate(values([:])) == .value(3))
  }

  @Test func aHyphenatedNameIsOneMeasureId() throws {
    #expect(try FormulaParser.parse("a-b").measureIDs == ["a-b"])
    #expect(try FormulaParser.parse("a - b").measureIDs == ["a", "b"])
  }

  @Test(arguments: [("a +", 3), ("(a + b", 0), ("a $ b", 2), ("", 0), ("a b", 2), ("1.2.3", 0)])
  func reportsWhereAFormulaBreaks(text: String, offset: Int) {
    #expect(throws: FormulaError.self) { try FormulaParser.parse(text) }
    do {
      _ = try FormulaParser.parse(text)
    } catch {
      #expect(error.offset == offset)
    }
  }

  @Test func divisionByZeroAndMissingMeasuresGiveReasonsNotNumbers() throws {
    let ratio = try FormulaParser.parse("a / (b - c)")
    let zero = ratio.evaluate(values(["a": 1, "b": 2, "c": 2]))
    #expect(zero.value == nil)
    #expect(zero.reason?.english == "division by zero: b - c is 0")
    let missing = ratio.evaluate(values(["a": 1, "c": 2]))
    #expect(missing.reason?.english == "missing b")
  }

  @Test func overflowNeverBecomesInfinity() throws {
    let product = try FormulaParser.parse("a * a")
    #expect(product.evaluate(values(["a": 1e200])).value == nil)
  }
}

@Suite struct AttainmentTests {
  let thresholds = StatusThresholds()

  @Test(arguments: [
    (95.0, 100.0, Direction.up, 0.95, Status.amber), (100, 100, .up, 1, .green),
    (89.9, 100, .up, 0.899, .red), (80, 100, .down, 1.25, .green),
    (110, 100, .down, 100.0 / 110, .amber),
    (125, 100, .down, 0.8, .red),
  ])
  func comparesInTheIndicatorsDirection(
    actual: Double, expected: Double, direction: Direction, attainment: Double, status: Status
  ) {
    let result = Attainment.evaluate(
      actual: actual, expected: expected, direction: direction, thresholds: thresholds)
    #expect(abs((result.attainment ?? -1) - attainment) < 1e-12)
    #expect(result.status == status)
  }

  @Test func aZeroActualMeetsADownTargetWithoutDividingByZero() {
    let result = Attainment.evaluate(
      actual: 0, expected: 0.1, direction: .down, thresholds: thresholds)
    #expect(result.attainment == nil)
    #expect(result.status == .green)
  }

  @Test func aZeroTargetIsMetOrMissedWithoutARatio() {
    let met = Attainment.evaluate(actual: 3, expected: 0, direction: .up, thresholds: thresholds)
    #expect(met.attainment == nil && met.status == .green)
    let missed = Attainment.evaluate(
      actual: -1, expected: 0, direction: .up, thresholds: thresholds)
    #expect(missed.attainment == nil && missed.status == .red)
  }

  @Test func thresholdsAreConfigurable() {
    let strict = StatusThresholds(green: 1.1, amber: 1.0)
    let result = Attainment.evaluate(actual: 105, expected: 100, direction: .up, thresholds: strict)
    #expect(result.status == .amber)
  }
}
