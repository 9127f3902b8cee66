import Testing

@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel

/// The year-end outlook and seasonal phasing, on hand-computed cases.
///
/// Visitors (a flow), 2025: 100, 300, 400, 200 → total 1,000; the share reached by Q2 is
/// (100 + 300) / 1,000 = 0.4, by Q3 0.8. 2026: Q1 150, Q2 350 → YTD at Q2 = 500. The annual
/// target of 2026 is 1,100.
@Suite struct YearEndOutlookTests {
  private func quarter(_ year: Int, _ number: Int) -> Quarter {
    Quarter(year: year, number: number)!
  }

  private static let lastYear: [Int: Double] = [1: 100, 2: 300, 3: 400, 4: 200]
  private static let thisYear: [Int: Double] = [1: 150, 2: 350]

  private func indicator(phasing: Phasing = .linear, direction: Direction = .up) -> Indicator {
    Indicator(
      id: "visitors_total", engine: "tourism", name: .verbatim("Visitors"), unit: .count,
      formulaText: "visitors", formula: .measure("visitors"), direction: direction,
      isHeadline: true, isCumulative: true, phasing: phasing)
  }

  private func dataset(
    lastYear: [Int: Double] = lastYear, thisYear: [Int: Double] = thisYear,
    targets: [TargetPeriod: Double] = [.year(2026): 1100]
  ) -> Dataset {
    var catalog = Catalog()
    catalog.engines = [Engine(id: "tourism", name: .verbatim("Tourism"))]
    catalog.measures["visitors"] = Measure(
      id: "visitors", engine: "tourism", name: .verbatim("visitors"), unit: .count, kind: .flow)
    catalog.targets = ["visitors_total": targets]
    var dataset = Dataset(catalog: catalog)
    for (year, values) in [(2025, lastYear), (2026, thisYear)] {
      for (number, value) in values {
        var here = EngineQuarter(engine: "tourism", quarter: quarter(year, number))
        here.kpiFile = "kpis.csv"
        here.measures["visitors"] = MeasureReport(
          measure: "visitors", value: .value(value), byLocality: [:], sources: [], notes: [],
          location: SourceLocation(file: "kpis.csv"))
        dataset.quarters[quarter(year, number)] = ["tourism": here]
      }
    }
    return dataset
  }

  private func close(_ value: Double?, _ expected: Double) -> Bool {
    guard let value else { return false }
    return abs(value - expected) < 1e-9 * max(1, abs(expected))
  }

  @Test func theYearEndIsProjectedFromLastYearsSeason() throws {
    // Linear phasing: expected 1,100 × 2/4 = 550, 500 / 550 = 0.909 amber. The outlook is
    // seasonal all the same: 500 / 0.4 = 1,250; 1,250 / 1,100 = 1.136 → on track.
    let result = IndicatorCalculator(dataset: dataset()).compute(indicator(), quarter(2026, 2))
    #expect(result.expected == 550)
    #expect(result.status == .amber)
    #expect(result.basis == .yearToDateLinear(quarter: 2))
    let outlook = try #require(result.outlook)
    guard case .seasonal(let share, let year) = outlook.method else {
      Issue.record("expected a seasonal projection, got \(outlook.method)")
      return
    }
    #expect(close(share, 0.4))
    #expect(year == 2025)
    #expect(close(outlook.projected.value, 1250))
    #expect(close(outlook.attainment, 1250.0 / 1100))
    #expect(outlook.status == .onTrack)
  }

  @Test func seasonalPhasingFollowsLastYearsShare() {
    // Expected by now = 1,100 × 0.4 = 440; 500 / 440 = 1.136 → green, where n/4 said amber.
    let result = IndicatorCalculator(dataset: dataset()).compute(
      indicator(phasing: .seasonal), quarter(2026, 2))
    #expect(close(result.expected, 440))
    #expect(close(result.attainment, 500.0 / 440))
    #expect(result.status == .green)
    #expect(result.phasingNote == nil)
    guard case .yearToDateSeasonal(let share, 2025)? = result.basis else {
      Issue.record("expected a seasonal basis, got \(String(describing: result.basis))")
      return
    }
    #expect(close(share, 0.4))
    #expect(result.basis?.code == "ytd_vs_annual_seasonal")
  }

  @Test func aMissingQuarterInTheEarlierYearFallsBackToNOverFour() throws {
    // 2025-Q2 has no data: 2025 is not a full year. The projection is linear, 500 × 4/2 = 1,000;
    // 1,000 / 1,100 = 0.909 → at risk. Seasonal phasing falls back to 1,100 × 2/4 = 550.
    let data = dataset(lastYear: [1: 100, 3: 400, 4: 200])
    let calculator = IndicatorCalculator(dataset: data)
    let result = calculator.compute(indicator(phasing: .seasonal), quarter(2026, 2))
    let reason = "no full earlier year: 2025 has no values for 2025-Q2"
    #expect(result.expected == 550)
    #expect(result.basis == .yearToDateLinear(quarter: 2))
    #expect(result.phasingNote?.english == reason)
    let outlook = try #require(result.outlook)
    #expect(outlook.method == .linear(reason: result.phasingNote!))
    #expect(outlook.projected == .value(1000))
    #expect(close(outlook.attainment, 1000.0 / 1100))
    #expect(outlook.status == .atRisk)
    #expect(outlook.method.code == "linear")
  }

  @Test func noEarlierYearAtAllIsSaid() throws {
    let result = IndicatorCalculator(dataset: dataset(lastYear: [:])).compute(
      indicator(), quarter(2026, 2))
    let outlook = try #require(result.outlook)
    #expect(
      outlook.method
        == .linear(
          reason: LocalizedText(
            he: "אין שנה מלאה קודמת: ל-2025 אין ערך (אין נתונים לרבעון 2025-Q4)",
            en: "no full earlier year: 2025 has no value (no data for 2025-Q4)")))
    #expect(outlook.projected == .value(1000))
  }

  @Test func aPartialYearToDateIsNotProjected() throws {
    // 2026-Q1 missing: the YTD (350) is partial, and projecting it would understate the year.
    let result = IndicatorCalculator(dataset: dataset(thisYear: [2: 350])).compute(
      indicator(), quarter(2026, 2))
    let outlook = try #require(result.outlook)
    #expect(outlook.projected.value == nil)
    #expect(
      outlook.projected.reason?.english
        == "no projection: the year to date is partial (no values for 2026-Q1)")
    #expect(outlook.status == nil)
  }

  @Test func theFourthQuarterIsTheYearItself() throws {
    // 2026: 150 + 350 + 300 + 250 = 1,050 of 1,100 → 0.955, at risk (below green at 1.0).
    let data = dataset(thisYear: [1: 150, 2: 350, 3: 300, 4: 250])
    let result = IndicatorCalculator(dataset: data).compute(indicator(), quarter(2026, 4))
    let outlook = try #require(result.outlook)
    #expect(outlook.method == .yearComplete)
    #expect(outlook.projected == .value(1050))
    #expect(outlook.status == .atRisk)
  }

  @Test func aLowerIsBetterIndicatorIsOnTrackBelowItsTarget() throws {
    // Direction down, annual 1,500: projected 1,250 → 1,500 / 1,250 = 1.2 → on track.
    let data = dataset(targets: [.year(2026): 1500])
    let result = IndicatorCalculator(dataset: data).compute(
      indicator(direction: .down), quarter(2026, 2))
    #expect(close(result.outlook?.attainment, 1.2))
    #expect(result.outlook?.status == .onTrack)
  }

  @Test func aQuarterTargetKeepsTheAnnualOneForTheOutlook() throws {
    // Q2 target 400 against the quarter's 350: 0.875 red; the annual 1,100 still gives the
    // outlook (1,250 → on track), and both targets are on the result.
    let data = dataset(targets: [.year(2026): 1100, .quarter(quarter(2026, 2)): 400])
    let result = IndicatorCalculator(dataset: data).compute(indicator(), quarter(2026, 2))
    #expect(result.basis == .quarterTarget)
    #expect(result.target == 400)
    #expect(result.quarterTarget == 400)
    #expect(result.annualTarget == 1100)
    #expect(result.attainment == 0.875)
    #expect(result.outlook?.status == .onTrack)
  }

  @Test func withoutAnAnnualTargetTheProjectionHasNoVerdict() throws {
    let result = IndicatorCalculator(dataset: dataset(targets: [:])).compute(
      indicator(), quarter(2026, 2))
    #expect(result.basis == nil)
    #expect(close(result.outlook?.projected.value, 1250))
    #expect(result.outlook?.status == nil)
  }
}
