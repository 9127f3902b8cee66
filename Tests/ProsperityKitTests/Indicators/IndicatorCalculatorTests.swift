import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports
@testable import ProsperityStore
@testable import ProsperitySupport

/// Hand-computed expectations for the year-to-date, target and change rules, on a dataset built in
/// memory so each number's origin is visible here.
@Suite struct IndicatorCalculatorTests {
  let q1 = Quarter(year: 2026, number: 1)!
  let q2 = Quarter(year: 2026, number: 2)!
  let q3 = Quarter(year: 2026, number: 3)!

  private func indicator(
    _ id: String, _ formula: String, direction: Direction = .up, cumulative: Bool = false
  ) -> Indicator {
    Indicator(
      id: id, engine: "rehab", name: .verbatim(id), unit: .count, formulaText: formula,
      formula: try! FormulaParser.parse(formula), direction: direction, isHeadline: true,
      isCumulative: cumulative)
  }

  /// enrolled / graduated are flows, companies a stock; values per quarter of 2026 and 2025-Q3.
  private func dataset(
    _ values: [Quarter: [String: Double]], targets: [String: [TargetPeriod: Double]] = [:]
  ) -> Dataset {
    var catalog = Catalog()
    catalog.engines = [Engine(id: "rehab", name: .verbatim("Rehab"))]
    for (id, kind) in [("enrolled", MeasureKind.flow), ("graduated", .flow), ("companies", .stock)]
    {
      catalog.measures[id] = Measure(
        id: id, engine: "rehab", name: .verbatim(id), unit: .count, kind: kind)
    }
    catalog.targets = targets
    var dataset = Dataset(catalog: catalog)
    for (quarter, measures) in values {
      var here = EngineQuarter(engine: "rehab", quarter: quarter)
      here.kpiFile = "kpis.csv"
      for (id, value) in measures {
        here.measures[id] = MeasureReport(
          measure: id, value: .value(value), byLocality: [:], sources: [], notes: [],
          location: SourceLocation(file: "kpis.csv"))
      }
      dataset.quarters[quarter] = ["rehab": here]
    }
    return dataset
  }

  @Test func aRatiosYearToDateIsARatioOfSumsNotAnAverageOfRatios() {
    // Q1: 10/20 = 0.5, Q2: 30/40 = 0.75; YTD = (10 + 30) / (20 + 40) = 0.6667, not 0.625.
    let data = dataset([
      q1: ["graduated": 10, "enrolled": 20], q2: ["graduated": 30, "enrolled": 40],
    ])
    let rate = indicator("rate", "graduated / enrolled")
    let result = IndicatorCalculator(dataset: data).compute(rate, q2)
    #expect(result.value == .value(0.75))
    #expect(result.yearToDate == .value(40.0 / 60.0))
    #expect(!result.isPartial)
  }

  @Test func aCumulativeIndicatorIsExpectedToReachItsShareOfTheAnnualTarget() {
    // YTD at Q3 = 10 + 20 + 30 = 60; expected = 100 × 3/4 = 75; attainment 0.8 → red.
    let data = dataset(
      [q1: ["graduated": 10], q2: ["graduated": 20], q3: ["graduated": 30]],
      targets: ["total": [.year(2026): 100]])
    let result = IndicatorCalculator(dataset: data).compute(
      indicator("total", "graduated", cumulative: true), q3)
    #expect(result.yearToDate == .value(60))
    #expect(result.expected == 75)
    #expect(result.target == 100)
    #expect(result.attainment == 0.8)
    #expect(result.status == .red)
    #expect(result.comparison == .yearToDate)
  }

  @Test func aStocksYearToDateIsItsLatestValueAndItsTargetIsNotSpread() {
    // companies: Q1 40, Q2 45; annual target 50 applies as is: 45 / 50 = 0.9 → amber.
    let data = dataset(
      [q1: ["companies": 40], q2: ["companies": 45]], targets: ["level": [.year(2026): 50]])
    let result = IndicatorCalculator(dataset: data).compute(indicator("level", "companies"), q2)
    #expect(result.yearToDate == .value(45))
    #expect(result.expected == 50)
    #expect(result.status == .amber)
  }

  @Test func aQuarterTargetIsComparedWithTheQuarterValue() {
    // Q2 target 25 for the quarter: the quarter value 20 gives 0.8, whatever the YTD (30).
    let data = dataset(
      [q1: ["graduated": 10], q2: ["graduated": 20]],
      targets: ["total": [.year(2026): 100, .quarter(q2): 25]])
    let result = IndicatorCalculator(dataset: data).compute(
      indicator("total", "graduated", cumulative: true), q2)
    #expect(result.comparison == .quarterValue)
    #expect(result.expected == 25)
    #expect(result.attainment == 0.8)
    #expect(result.targetPeriod == .quarter(q2))
  }

  @Test func aMissingQuarterMakesTheYearToDatePartialNotZero() {
    // Q2 has no folder: YTD sums Q1 and Q3 only (10 + 30) and names Q2 as missing.
    var data = dataset([q1: ["graduated": 10], q3: ["graduated": 30]])
    let total = indicator("total", "graduated", cumulative: true)
    data.catalog.indicators = [total]
    let calculator = IndicatorCalculator(dataset: data)
    let result = calculator.compute(total, q3)
    #expect(result.yearToDate == .value(40))
    #expect(result.missingQuarters == [q2])
    #expect(result.previous.value == nil)
    let (_, log) = calculator.results(for: q3)
    #expect(
      log.entries.map { $0.message.english } == [
        "the year-to-date figures of Rehab are partial: no values for 2026-Q2 (total)"
      ])
  }

  @Test func changesAgainstThePreviousQuarterAndAYearAgo() {
    let yearAgo = Quarter(year: 2025, number: 2)!
    let data = dataset([yearAgo: ["graduated": 8], q1: ["graduated": 10], q2: ["graduated": 20]])
    let result = IndicatorCalculator(dataset: data).compute(indicator("total", "graduated"), q2)
    #expect(result.changeFromPrevious == Change(from: 10, to: 20))
    #expect(result.changeFromPrevious?.absolute == 10)
    #expect(result.changeFromPrevious?.relative == 1)
    #expect(result.changeFromYearAgo?.absolute == 12)
    #expect(result.changeFromYearAgo?.relative == 1.5)
  }

  @Test func noTargetOrNoValueIsGrey() {
    let data = dataset(
      [q1: ["graduated": 0, "enrolled": 0]], targets: ["rate": [.year(2026): 0.8]])
    let calculator = IndicatorCalculator(dataset: data)
    let divided = calculator.compute(indicator("rate", "graduated / enrolled"), q1)
    #expect(divided.status == .grey)
    #expect(divided.value.reason?.english == "division by zero: enrolled is 0")
    let untargeted = calculator.compute(indicator("total", "graduated"), q1)
    #expect(untargeted.status == .grey)
    #expect(untargeted.expected == nil)
  }
}
