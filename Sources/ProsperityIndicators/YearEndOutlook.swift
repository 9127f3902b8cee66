import ProsperityModel

/// Where an accumulating indicator is heading by the end of the year, against its annual target.
package struct YearEndOutlook: Sendable, Equatable {
  /// How the year's end was projected from the year to date.
  package enum Method: Sendable, Equatable {
    /// Seasonal naive: the year to date ÷ the share of the previous year's total reached by the
    /// same quarter.
    case seasonal(share: Double, year: Int)
    /// The year to date × 4/n, because no earlier year can give the season; with the reason.
    case linear(reason: LocalizedText)
    /// The fourth quarter: the year to date is the year's value.
    case yearComplete

    /// The method in the indicators CSV.
    package var code: String {
      switch self {
      case .seasonal: return "seasonal"
      case .linear: return "linear"
      case .yearComplete: return "year_complete"
      }
    }
  }

  /// How the projection was made, shown beside it.
  package let method: Method
  /// The projected value at the year's end, or why there is none.
  package let projected: Figure
  /// Projected attainment against the annual target; `nil` without a target or a projection, or
  /// where the ratio is undefined (then the outlook says only whether the target is met).
  package let attainment: Double?
  /// `nil` when there is no annual target or no projection.
  package let status: OutlookStatus?
}

/// On track: the projected attainment reaches the green threshold, i.e. the year would end at its
/// target; at risk otherwise.
package enum OutlookStatus: String, Sendable, CaseIterable {
  case onTrack = "on_track"
  case atRisk = "at_risk"

  /// The outlook as the reports name it.
  package var label: LocalizedText { ReportText.outlookStatus(self) }
}
