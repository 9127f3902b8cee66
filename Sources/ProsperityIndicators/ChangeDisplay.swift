import Foundation
import ProsperityModel

/// A change as a committee reads it, for every report that shows one: a percentage moves in
/// percentage points (75.2% → 77.0% is +1.8 pp, not +2%; 0% → 20% is +20.0 pp), a ratio in its
/// own units (2.10 → 2.30 nights is +0.20), a count, an amount or a figure of a unit of the
/// catalog's own by its relative change (+12%), or by its absolute change where the earlier value
/// is 0 and a relative change means nothing.
package enum ChangeDisplay {
  /// `change` shown for a figure of `unit`; a dash when there is no change to show.
  package static func text(_ change: Change?, unit: MeasureUnit) -> LocalizedText {
    guard let change else { return .verbatim("—") }
    switch unit {
    case .percent:
      let points = signed(
        String(DisplayNumber.format(abs(change.absolute), unit: .percent).dropLast()),
        change.absolute)
      return LocalizedText(
        he: points + " " + ReportText.percentagePoints.hebrew,
        en: points + " " + ReportText.percentagePoints.english)
    case .ratio:
      return .verbatim(
        signed(DisplayNumber.format(abs(change.absolute), unit: .ratio), change.absolute))
    case .count, .ils, .usd, .other:
      guard let relative = change.relative else {
        return .verbatim(
          signed(DisplayNumber.format(abs(change.absolute), unit: unit), change.absolute))
      }
      return .verbatim(self.relative(relative))
    }
  }

  /// A relative change: a whole percentage, or one decimal below 10% so that a small move does
  /// not read as +0%.
  package static func relative(_ value: Double) -> String {
    let sign = value > 0 ? "+" : value == 0 ? "±" : ""
    guard abs(value) < 0.1 else { return sign + DisplayNumber.percent(value) }
    return sign + String(format: "%.1f%%", value * 100)
  }

  /// `magnitude` (the change's size as shown) with the change's sign; ± where it shows as 0.
  private static func signed(_ magnitude: String, _ value: Double) -> String {
    let shownAsZero = !magnitude.contains { $0.isNumber && $0 != "0" }
    return (shownAsZero ? "±" : value > 0 ? "+" : "-") + magnitude
  }
}
