import ProsperityIndicators
import ProsperityModel

/// A change as the committee reads it on page 1, as the text summary words it (``ChangeDisplay``):
/// a rate in percentage points, a count or an amount by its relative change; kept left to right.
struct ChangeCells {
  let styles: WorkbookFormats

  func cell(_ change: Change?, unit: MeasureUnit) -> SheetCursor.Cell {
    guard change != nil else { return .text("—", styles.muted) }
    let text = ChangeDisplay.text(change, unit: unit)(styles.language)
    return .text(Bidi.ltr(text, in: styles.language), styles.code)
  }
}
