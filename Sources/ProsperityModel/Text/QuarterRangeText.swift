extension Quarter {
  /// Why no report can be made for this quarter, in both languages (for the command line and
  /// for a quarter folder alike).
  package var outsideReportableRange: LocalizedText {
    let (first, last) = (Self.reportable.lowerBound, Self.reportable.upperBound)
    return LocalizedText(
      he: "הרבעון \(self) מחוץ לטווח הרבעונים שאפשר להפיק להם דוחות (\(first) עד \(last))",
      en: "the quarter \(self) is outside the quarters reports can be made for "
        + "(\(first) to \(last))")
  }
}
