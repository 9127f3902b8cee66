import ProsperityIndicators
import ProsperityModel

/// A published indicator of a quarter whose figures changed since they were published.
package struct Restatement: Sendable {
  let quarter: Quarter
  /// The indicator's id, shown beside its name.
  package let indicator: String
  /// The id of the indicator's engine, named on the restatements sheet.
  package let engine: String
  /// Today's name, the recorded one for an indicator no longer in the catalog, else its id.
  package let name: LocalizedText
  /// `nil` for an indicator no longer in the catalog whose unit was not recorded.
  package let unit: MeasureUnit?
  /// The published row in the record.
  let location: SourceLocation
  /// The fields that differ, in the indicators CSV's column order.
  package let changes: [FieldRestatement]
  let causes: [RestatementCause]

  /// "value 5 → 8, year to date 5 → 8", in words of `language`.
  func changesText(_ language: Language) -> String {
    changes.map { change in
      change.field.label(language) + " " + change.published.text(change.field, unit: unit, language)
        + " → " + change.now.text(change.field, unit: unit, language)
    }.joined(separator: ", ")
  }

  /// Why the figures changed (definitions, input files, or that nothing recorded says), in words of
  /// `language`.
  package func causesText(_ language: Language) -> String {
    causes.map { $0.text(language) }.joined(separator: "; ")
  }

  /// The compiler-style line for stderr, pointing at the published row.
  package func rendered(_ language: Language) -> String {
    "\(location): warning: "
      + RestatementText.restated(
        quarter, name: name(language), id: indicator, changes: changesText(language),
        causes: causesText(language))(language)
  }
}
