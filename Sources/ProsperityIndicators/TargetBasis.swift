import ProsperityModel

/// What an indicator's attainment compares, shown wherever attainment is, since one column of
/// attainments may hold more than one kind of comparison.
package enum TargetBasis: Sendable, Equatable {
  /// The year to date against the annual target × n/4 (an accumulating indicator, linear).
  case yearToDateLinear(quarter: Int)
  /// The year to date against the annual target × the share of the previous year's total that
  /// had been reached by the same quarter (an accumulating indicator, seasonal).
  case yearToDateSeasonal(share: Double, year: Int)
  /// The year to date against the annual target as it is: the indicator does not accumulate.
  case yearToDateAnnual
  /// The quarter's value against a target set for that quarter.
  case quarterTarget

  /// The share of the target expected by now.
  var share: Double {
    switch self {
    case .yearToDateLinear(let quarter): return Double(quarter) / 4
    case .yearToDateSeasonal(let share, _): return share
    case .yearToDateAnnual, .quarterTarget: return 1
    }
  }

  /// The basis in the indicators CSV.
  package var code: String {
    switch self {
    case .yearToDateLinear: return "ytd_vs_annual_prorated"
    case .yearToDateSeasonal: return "ytd_vs_annual_seasonal"
    case .yearToDateAnnual: return "ytd_vs_annual"
    case .quarterTarget: return "quarter_vs_quarter_target"
    }
  }

  /// The basis as a reader sees it beside an attainment.
  package var label: LocalizedText {
    switch self {
    case .yearToDateLinear(let quarter): return ReportText.basisLinear(quarter)
    case .yearToDateSeasonal(let share, let year): return ReportText.basisSeasonal(share, year)
    case .yearToDateAnnual: return ReportText.basisAnnual
    case .quarterTarget: return ReportText.basisQuarter
    }
  }
}
