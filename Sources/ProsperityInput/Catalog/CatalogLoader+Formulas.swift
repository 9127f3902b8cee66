import ProsperityModel

extension CatalogLoader {
  /// The formula in `column` (an indicator's, or a side of a validation rule), checked the one
  /// way every formula of the catalog is: it parses, and every id in it names a measure. A
  /// formula that fails is an error at the offending character and rejects its row.
  mutating func formula(_ record: TableRecord, _ column: String) -> Formula? {
    let text = record[column]
    let formula: Formula
    do {
      formula = try FormulaParser.parse(text)
    } catch {
      log.error(
        error.message, at: record.location(column, offset: error.offset), rejectedRow: record.raw)
      return nil
    }
    for id in formula.measureIDs where catalog.measure(named: id) == nil {
      reject(Messages.unknownMeasureInFormula(id), record, column)
      return nil
    }
    return formula
  }
}
