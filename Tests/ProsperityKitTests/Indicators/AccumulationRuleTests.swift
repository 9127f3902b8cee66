import Foundation
import Testing

@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel

/// The accumulation rule, case by case: a formula linear in flow measures accumulates and its
/// annual target is spread (× n/4); anything else is compared with the annual target as it is.
/// The catalog is read by the real loader, so the rule is checked where the catalog applies it.
///
/// Data, 2026: exports (flow) 100, 200, 300 → YTD 600; visits (flow) 10, 20, 30 → YTD 60;
/// companies (stock) 4, 5, 6 → YTD 6 (the latest). Reported quarter: 2026-Q3 (n/4 = 3/4).
@Suite struct AccumulationRuleTests {
  private static let flows: Set<String> = ["e.exports", "e.visits"]

  private func accumulates(_ formula: String) throws -> Bool {
    try FormulaParser.parse(formula).accumulates { Self.flows.contains($0) }
  }

  /// Loads one indicator `formula` with annual target `annual` and computes it for 2026-Q3.
  private func result(_ formula: String, annual: Double) throws -> IndicatorResult {
    var files = [
      "engines.csv": "engine,name_he,name_en\ne,מנוע,Engine\n",
      "measures.csv": """
      measure,engine,name_he,name_en,unit,kind
      e.exports,e,ייצוא,Exports,count,flow
      e.visits,e,ביקורים,Visits,count,flow
      e.companies,e,חברות,Companies,count,stock

      """,
      "indicators.csv": """
      indicator,engine,name_he,name_en,unit,formula,direction,headline
      e.x,e,מדד,Indicator,count,\(formula),up,yes

      """,
      "targets.csv": "indicator,period,target\ne.x,2026,\(NumberText.plain(annual))\n",
    ]
    for (quarter, values) in [
      ("2026-Q1", (100, 10, 4)), ("2026-Q2", (200, 20, 5)), ("2026-Q3", (300, 30, 6)),
    ] {
      files["\(quarter)/e-kpis.csv"] =
        "measure,value\ne.exports,\(values.0)\ne.visits,\(values.1)\ne.companies,\(values.2)\n"
    }
    let folder = try InputsFolder.write(files, prefix: "accumulation")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let (dataset, log) = try InputsLoader.load(from: folder)
    #expect(log.entries.filter { $0.severity == .error }.isEmpty)
    let indicator = try #require(dataset.catalog.indicators.first)
    return IndicatorCalculator(dataset: dataset).compute(
      indicator, Quarter(year: 2026, number: 3)!)
  }

  @Test func aSumOfFlowsAccumulates() throws {
    // YTD 600 + 60 = 660; expected 1000 × 3/4 = 750; attainment 0.88.
    let result = try result("e.exports + e.visits", annual: 1000)
    #expect(result.indicator.isCumulative)
    #expect(result.yearToDate == .value(660))
    #expect(result.expected == 750)
    #expect(result.attainment == 0.88)
    #expect(result.basis == .yearToDateLinear(quarter: 3))
  }

  @Test func aFlowOverAStockAccumulates() throws {
    // exports / companies: YTD 600 / 6 = 100; expected 120 × 3/4 = 90 → 111% green. Compared
    // with the whole 120, as before the rule, it read 83% red in the third quarter.
    let result = try result("e.exports / e.companies", annual: 120)
    #expect(result.indicator.isCumulative)
    #expect(result.yearToDate == .value(100))
    #expect(result.expected == 90)
    #expect(result.status == .green)
  }

  @Test func aFlowTimesAConstantAccumulates() throws {
    // YTD 600 × 1000 = 600,000; expected 1,000,000 × 3/4 = 750,000; attainment 0.8.
    let result = try result("e.exports * 1000", annual: 1_000_000)
    #expect(result.indicator.isCumulative)
    #expect(result.expected == 750_000)
    #expect(result.attainment == 0.8)
  }

  @Test func aFlowOverAFlowDoesNotAccumulate() throws {
    // exports / visits is a rate: YTD 600 / 60 = 10 against the whole annual 10 → 100%.
    let result = try result("e.exports / e.visits", annual: 10)
    #expect(!result.indicator.isCumulative)
    #expect(result.yearToDate == .value(10))
    #expect(result.expected == 10)
    #expect(result.attainment == 1)
    #expect(result.basis == .yearToDateAnnual)
    #expect(result.outlook == nil)
  }

  @Test func aStockAloneDoesNotAccumulate() throws {
    // companies: YTD 6 (latest) against the whole 8 → 75%.
    let result = try result("e.companies", annual: 8)
    #expect(!result.indicator.isCumulative)
    #expect(result.expected == 8)
    #expect(result.attainment == 0.75)
  }

  @Test func aProductOfTwoFlowsDoesNotAccumulate() throws {
    // exports × visits: YTD 600 × 60 = 36,000 against the whole 40,000 → 90%.
    let result = try result("e.exports * e.visits", annual: 40_000)
    #expect(!result.indicator.isCumulative)
    #expect(result.yearToDate == .value(36_000))
    #expect(result.expected == 40_000)
    #expect(result.attainment == 0.9)
  }

  @Test func aDifferenceOfFlowsAccumulates() throws {
    // exports − visits: YTD 600 − 60 = 540; expected 800 × 3/4 = 600; attainment 0.9.
    let result = try result("e.exports - e.visits", annual: 800)
    #expect(result.indicator.isCumulative)
    #expect(result.yearToDate == .value(540))
    #expect(result.expected == 600)
    #expect(result.attainment == 0.9)
  }

  @Test func nestedParenthesesKeepTheRule() throws {
    // ((exports + visits) × 2) / (companies): YTD 660 × 2 / 6 = 220; expected 400 × 3/4 = 300.
    let result = try result("((e.exports + e.visits) * 2) / (e.companies)", annual: 400)
    #expect(result.indicator.isCumulative)
    #expect(result.yearToDate == .value(220))
    #expect(result.expected == 300)
  }

  @Test(arguments: [
    ("e.exports", true),
    ("-e.exports", true),
    ("(e.exports - e.visits) / (e.companies * 2)", true),
    ("e.exports / (e.companies + 1)", true),
    ("2 * e.exports + e.visits / 4", true),
    ("e.exports + 5", false),
    ("e.exports + e.companies", false),
    ("e.companies / e.exports", false),
    ("e.exports / (e.visits / e.companies)", false),
    ("e.companies * 3", false),
    ("7", false),
  ])
  func theRuleOverTheFormula(formula: String, expected: Bool) throws {
    #expect(try accumulates(formula) == expected)
  }
}
