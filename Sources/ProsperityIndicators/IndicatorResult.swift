import ProsperityModel

extension Status {
  package var label: LocalizedText { ReportText.status(self) }
}

/// An indicator computed for one quarter, against its target, with its change over time.
package struct IndicatorResult: Sendable {
  package let indicator: Indicator
  package let quarter: Quarter
  package let value: Figure
  package let yearToDate: Figure
  /// The quarters of the year so far that had no value: the year to date is partial.
  package let missingQuarters: [Quarter]
  /// The target that `expected` came from, and the period it was set for.
  package let target: Double?
  package let targetPeriod: TargetPeriod?
  /// The year's annual target and the quarter's own, kept apart: where both exist the quarter's
  /// is compared and the annual one still gives the year-end outlook.
  package let annualTarget: Double?
  let quarterTarget: Double?
  package let expected: Double?
  package let comparison: Comparison?
  /// What attainment compares; `nil` without a target.
  package let basis: TargetBasis?
  /// Why seasonal phasing fell back to n/4 (no full previous year), when it did.
  package let phasingNote: LocalizedText?
  package let attainment: Double?
  package let status: Status
  package let previous: Figure
  package let yearAgo: Figure
  /// The projected year end of an accumulating indicator; `nil` for any other.
  package let outlook: YearEndOutlook?

  /// The figure compared with the target.
  package var actual: Figure {
    comparison == .quarterValue ? value : yearToDate
  }

  package var isPartial: Bool { !missingQuarters.isEmpty }

  package var changeFromPrevious: Change? { Change(from: previous.value, to: value.value) }
  package var changeFromYearAgo: Change? { Change(from: yearAgo.value, to: value.value) }
}
