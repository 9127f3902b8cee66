import ProsperityModel
import XlsxWriter

extension SheetCursor.Cell {
  /// The cell as the writer puts it: text marked for its reading direction in `language` (as
  /// ``SheetCursor/put(_:column:)`` marks it) with the width its column needs, worked out here,
  /// on the thread that makes a large sheet's rows rather than the one that writes them. Any
  /// other cell is as it was. Its row's lines are counted before: they read the text unmarked.
  func prepared(in language: Language) -> Self {
    guard case .text(let text, let format) = self else { return self }
    let shown = format.readsLeftToRight ? text : Bidi.marked(text, in: language)
    return .shown(shown, need: ColumnWidths.need(text: text, format: format), format)
  }
}
