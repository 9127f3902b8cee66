import ProsperityModel

/// The share of the previous year's total an accumulating indicator had reached by the same
/// quarter, or why there is none.
enum SeasonalShare: Sendable, Equatable {
  case share(Double, year: Int)
  case unavailable(LocalizedText)
}

extension IndicatorCalculator {
  /// The indicator's year to date at the same quarter of the previous year ÷ its value over that
  /// whole year. The previous year must be full (every quarter with a value) and both figures
  /// above 0, or the share would mislead.
  func seasonalShare(_ indicator: Indicator, _ quarter: Quarter) -> SeasonalShare {
    let year = quarter.year - 1
    var missing: Set<Quarter> = []
    let total = yearToDate(of: indicator, at: Quarter(year: year, number: 4)!, missing: &missing)
    let byThen = yearToDate(
      of: indicator, at: Quarter(year: year, number: quarter.number)!, missing: &missing)
    guard case .value(let whole) = total else {
      return .unavailable(Messages.earlierYearWithoutValue(year, total.reason))
    }
    guard missing.isEmpty else {
      return .unavailable(Messages.earlierYearPartial(year, missing.sorted().map(\.description)))
    }
    guard let reached = byThen.value, whole > 0, reached > 0, (reached / whole).isFinite else {
      return .unavailable(Messages.earlierYearShareUnusable(year))
    }
    return .share(reached / whole, year: year)
  }

  /// The year end projected from the year to date, and how it compares with the annual target.
  func outlook(
    _ indicator: Indicator, _ quarter: Quarter, yearToDate: Figure, missing: [Quarter],
    season: SeasonalShare?, annual: Double?
  ) -> YearEndOutlook {
    let method: YearEndOutlook.Method
    let share: Double
    switch season {
    case nil:
      (method, share) = (.yearComplete, 1)
    case .share(let seasonal, let year)?:
      (method, share) = (.seasonal(share: seasonal, year: year), seasonal)
    case .unavailable(let reason)?:
      (method, share) = (.linear(reason: reason), Double(quarter.number) / 4)
    }
    let projected: Figure
    switch yearToDate {
    case .unavailable:
      projected = yearToDate
    case .value where !missing.isEmpty:
      projected = .unavailable(Messages.projectionFromPartial(missing.map(\.description)))
    case .value(let sum):
      let year = sum / share
      projected = year.isFinite ? .value(year) : .unavailable(Messages.notFinite(indicator.id))
    }
    guard let annual, let value = projected.value else {
      return YearEndOutlook(method: method, projected: projected, attainment: nil, status: nil)
    }
    let (attainment, status) = Attainment.evaluate(
      actual: value, expected: annual, direction: indicator.direction,
      thresholds: dataset.catalog.thresholds)
    return YearEndOutlook(
      method: method, projected: projected, attainment: attainment,
      status: status == .green ? .onTrack : .atRisk)
  }
}
