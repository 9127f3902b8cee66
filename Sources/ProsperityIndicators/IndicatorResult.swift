import ProsperityModel

extension Status {
  /// The status as the reports name it.
  package var label: LocalizedText { ReportText.status(self) }
}

/// An indicator computed for one quarter, against its target, with its change over time.
package struct IndicatorResult: Sendable {
  /// The indicator computed, as the catalog defines it.
  package let indicator: Indicator
  /// The quarter the result is for.
  package let quarter: Quarter
  /// The formula over the quarter's own measure values, or why there is none.
  package let value: Figure
  /// The formula over the year-to-date measure values (flows summed, stocks latest).
  package let yearToDate: Figure
  /// The quarters of the year so far that had no value: the year to date is partial.
  package let missingQuarters: [Quarter]
  /// The target that `expected` came from: the quarter's own where set, else the annual one.
  package let target: Double?
  /// The period `target` was set for; `nil` without a target.
  package let targetPeriod: TargetPeriod?
  /// The year's annual target and the quarter's own, kept apart: where both exist the quarter's
  /// is compared and the annual one still gives the year-end outlook.
  package let annualTarget: Double?
  let quarterTarget: Double?
  /// What `actual` should be by now: `target` × the basis's share; `nil` without a target.
  package let expected: Double?
  /// Whether the quarter value or the year to date is compared; `nil` without a target.
  package let comparison: Comparison?
  /// What attainment compares; `nil` without a target.
  package let basis: TargetBasis?
  /// Why seasonal phasing fell back to n/4 (no full previous year), when it did.
  package let phasingNote: LocalizedText?
  /// Actual ÷ expected, or its inverse when down is better; `nil` where undefined or unknown.
  package let attainment: Double?
  /// Grey without a target or a value; otherwise from attainment and the catalog's thresholds.
  package let status: Status
  /// The quarter value of the quarter before, for the change from it.
  package let previous: Figure
  /// The quarter value of the same quarter a year earlier.
  package let yearAgo: Figure
  /// The projected year end of an accumulating indicator; `nil` for any other.
  package let outlook: YearEndOutlook?

  /// The figure compared with the target.
  package var actual: Figure {
    comparison == .quarterValue ? value : yearToDate
  }

  /// Whether a quarter of the year so far had no value for the year to date.
  package var isPartial: Bool { !missingQuarters.isEmpty }

  /// From the previous quarter's value to this one's; `nil` when either has none.
  package var changeFromPrevious: Change? { Change(from: previous.value, to: value.value) }
  /// From the same quarter a year earlier to this one; `nil` when either has no value.
  package var changeFromYearAgo: Change? { Change(from: yearAgo.value, to: value.value) }
}
