import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports
@testable import ProsperityStore
@testable import ProsperitySupport

@Suite struct RobustStatisticsTests {
  @Test func medianOfOddAndEvenCounts() {
    #expect(RobustStatistics.median([5, 1, 3]) == 3)
    #expect(RobustStatistics.median([400, 410, 402, 405]) == 403.5)
  }

  @Test func modifiedZScoreUsesTheMedianAbsoluteDeviation() {
    // median 403.5; deviations 3.5, 1.5, 1.5, 6.5 → MAD 2.5.
    let result = RobustStatistics.modifiedZScore(4100, history: [400, 402, 405, 410])
    #expect(result.median == 403.5)
    #expect(result.deviation == 2.5)
    #expect(result.score == 0.6745 * (4100 - 403.5) / 2.5)
  }

  @Test func meanDeviationStandsInWhenMostOfTheHistoryIsTheMedian() {
    // 25, 25, 25, 5: median 25, MAD 0; mean absolute deviation 20 / 4 = 5.
    let result = RobustStatistics.modifiedZScore(40, history: [25, 25, 25, 5])
    #expect(result.deviation == 0)
    #expect(result.score == 15 / (1.253314 * 5))
  }

  @Test func aConstantHistoryHasNoScoreUnlessTheValueKeepsIt() {
    let zeros: [Double] = [0, 0, 0, 0]
    #expect(RobustStatistics.modifiedZScore(40, history: zeros).score == nil)
    #expect(RobustStatistics.modifiedZScore(0, history: zeros).score == 0)
    #expect(RobustStatistics.modifiedZScore(-3, history: [7]).score == nil)
  }

  @Test func operatorsAllowRoundingOnlyAtEquality() {
    #expect(RuleOperator.equal.holds(0.1 + 0.2, 0.3))
    #expect(!RuleOperator.notEqual.holds(0.1 + 0.2, 0.3))
    #expect(RuleOperator.lessOrEqual.holds(60.000000000001, 60))
    #expect(!RuleOperator.less.holds(60, 60))
    #expect(RuleOperator.greaterOrEqual.holds(15000, 15000))
    #expect(!RuleOperator.greaterOrEqual.holds(15000, 18000))
    #expect(RuleOperator.greater.holds(2, 1))
    #expect(CatalogLoader.ruleOperator("≤") == .lessOrEqual)
    #expect(CatalogLoader.ruleOperator("=") == .equal)
    #expect(CatalogLoader.ruleOperator("=>>") == nil)
  }

  @Test func dueDateIsDaysAfterTheQuarterEnds() {
    var settings = QualitySettings()
    settings.dueDays = 30
    let timeliness = Timeliness(settings: settings)
    #expect(timeliness.dueDate(of: Quarter(year: 2026, number: 2)!).description == "2026-07-30")
    #expect(timeliness.dueDate(of: Quarter(year: 2026, number: 4)!).description == "2027-01-30")
    settings.dueDays = 0
    #expect(
      Timeliness(settings: settings).dueDate(of: Quarter(year: 2024, number: 1)!).description
        == "2024-03-31")
  }
}
