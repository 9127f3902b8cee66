import ProsperityModel

/// Labels of the reports that this stage gives.
extension ReportText {
  private static func text(_ he: String, _ en: String) -> LocalizedText {
    LocalizedText(he: he, en: en)
  }
  static func status(_ status: Status) -> LocalizedText {
    switch status {
    case .green: return text("ירוק", "green")
    case .amber: return text("צהוב", "amber")
    case .red: return text("אדום", "red")
    case .grey: return text("אפור", "grey")
    }
  }

  /// A symbol per status, so the status survives black-and-white printing: shapes of Windows'
  /// core glyph set (WGL4), which Arial, Liberation Sans and DejaVu Sans all draw whole.
  package static func statusSymbol(_ status: Status) -> String {
    switch status {
    case .green: return "●"
    case .amber: return "▲"
    case .red: return "○"
    case .grey: return "–"
    }
  }
  /// The heading of a quarter's own value.
  package static let value = text("ערך ברבעון", "Quarter value")
  /// The heading of the year-to-date value.
  package static let yearToDate = text("מצטבר מתחילת השנה", "Year to date")
  /// The heading of the target attainment is measured against.
  package static let target = text("יעד", "Target")
  /// The heading of the share of the target expected by now.
  package static let expected = text("צפוי עד כה", "Expected by now")
  /// The heading of actual against expected.
  package static let attainment = text("עמידה ביעד", "Attainment")
  /// The heading of the red, amber, green or grey status.
  package static let statusHeading = text("סטטוס", "Status")
}
