/// Red, amber, green, or grey where there is no target or no value.
public enum Status: String, CaseIterable, Sendable {
  case green, amber, red, grey

  public var label: LocalizedText { ReportText.status(self) }
}

/// Which of an indicator's values its target is compared with.
public enum Comparison: Sendable {
  /// A target set for the quarter itself.
  case quarterValue
  /// An annual target, as expected by this point of the year.
  case yearToDate
}

/// An indicator computed for one quarter, against its target, with its change over time.
public struct IndicatorResult: Sendable {
  public let indicator: Indicator
  public let quarter: Quarter
  public let value: Figure
  public let yearToDate: Figure
  /// The quarters of the year so far that had no value: the year to date is partial.
  public let missingQuarters: [Quarter]
  /// The target that `expected` came from, and the period it was set for.
  public let target: Double?
  public let targetPeriod: TargetPeriod?
  public let expected: Double?
  public let comparison: Comparison?
  public let attainment: Double?
  public let status: Status
  public let previous: Figure
  public let yearAgo: Figure

  /// The figure compared with the target.
  public var actual: Figure {
    comparison == .quarterValue ? value : yearToDate
  }

  public var isPartial: Bool { !missingQuarters.isEmpty }

  public var changeFromPrevious: Change? { Change(from: previous.value, to: value.value) }
  public var changeFromYearAgo: Change? { Change(from: yearAgo.value, to: value.value) }
}

/// The change between two values: absolute, and relative where the earlier one is not 0.
public struct Change: Sendable, Equatable {
  public let absolute: Double
  public let relative: Double?

  init?(from earlier: Double?, to later: Double?) {
    guard let earlier, let later else { return nil }
    absolute = later - earlier
    relative = earlier == 0 ? nil : (later - earlier) / abs(earlier)
  }
}
