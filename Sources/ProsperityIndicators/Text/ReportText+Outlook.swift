import ProsperityModel

/// The words of a target's basis and of the year-end outlook, shown wherever attainment is.
extension ReportText {
  private static func text(_ he: String, _ en: String) -> LocalizedText {
    LocalizedText(he: he, en: en)
  }

  static func basisLinear(_ quarter: Int) -> LocalizedText {
    text("מצטבר מול יעד שנתי × \(quarter)/4", "YTD vs annual × \(quarter)/4")
  }
  static func basisSeasonal(_ share: Double, _ year: Int) -> LocalizedText {
    let percent = DisplayNumber.percent(share)
    return text(
      "מצטבר מול יעד שנתי × \(percent) (עונתיות \(year))",
      "YTD vs annual × \(percent) (\(year) season)")
  }
  /// The unit of a percentage's change: `+1.8 pp`.
  package static let percentagePoints = text("נק' אחוז", "pp")
  static let basisAnnual = text("מצטבר מול יעד שנתי", "YTD vs annual")
  static let basisQuarter = text("רבעון מול יעד רבעוני", "quarter vs quarter target")

  static func outlookStatus(_ status: OutlookStatus) -> LocalizedText {
    switch status {
    case .onTrack: return text("בדרך ליעד", "on track")
    case .atRisk: return text("בסיכון", "at risk")
    }
  }

  /// How a year end was projected, in words.
  package static func projectionMethod(_ method: YearEndOutlook.Method) -> LocalizedText {
    switch method {
    case .seasonal(let share, let year):
      let percent = DisplayNumber.percent(share)
      return text(
        "עונתי: המצטבר ÷ \(percent), חלקה של \(year) עד אותו רבעון",
        "seasonal: YTD ÷ \(percent), \(year)'s share by the same quarter")
    case .linear(let reason):
      return text(
        "לינארי (n/4): \(reason.hebrew)", "linear (n/4): \(reason.english)")
    case .yearComplete:
      return text("השנה הושלמה: המצטבר הוא ערך השנה", "year complete: the YTD is the year's value")
    }
  }
}
