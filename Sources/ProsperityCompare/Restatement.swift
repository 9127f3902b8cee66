import ProsperityIndicators
import ProsperityModel

/// A published column of the indicators CSV whose value can be restated.
package enum RestatedField: String, CaseIterable, Sendable {
  case value
  case yearToDate = "ytd_value"
  case target, expected, attainment, status

  package var label: LocalizedText {
    switch self {
    case .value: return ReportText.value
    case .yearToDate: return ReportText.yearToDate
    case .target: return ReportText.target
    case .expected: return ReportText.expected
    case .attainment: return ReportText.attainment
    case .status: return ReportText.statusHeading
    }
  }
}

/// A published or current value of a ``RestatedField``.
package enum RestatedValue: Hashable, Sendable {
  case number(Double)
  case status(Status)
  case none

  init(_ number: Double?) { self = number.map(RestatedValue.number) ?? .none }

  /// The value as the reports show it: in the indicator's unit, attainment as a percentage.
  package func text(_ field: RestatedField, unit: MeasureUnit?, _ language: Language) -> String {
    switch self {
    case .none: return "—"
    case .status(let status):
      return ReportText.statusSymbol(status) + " " + status.label(language)
    case .number(let number):
      if field == .attainment { return DisplayNumber.percent(number) }
      return unit.map { DisplayNumber.format(number, unit: $0) } ?? NumberText.plain(number)
    }
  }
}

/// One field of a published row, then and now.
package struct FieldRestatement: Hashable, Sendable {
  package let field: RestatedField
  package let published: RestatedValue
  package let now: RestatedValue
}

/// Why a published value changed.
package enum RestatementCause: Hashable, Sendable {
  package enum FileChange: String, Sendable {
    case edited, added, removed
  }

  /// An input file the figure is made from changed since the quarter was published; the path is
  /// under the inputs folder, as the user names it.
  case file(String, FileChange)
  /// The indicator's definition in the catalog changed.
  case definition([DefinitionChange])
  /// The indicator is no longer in the catalog.
  case removedFromCatalog
  /// Every recorded input is the same: the computation itself changed (a newer version of the tool).
  case noInputChanged
  /// The record of the inputs is missing, so the file that changed cannot be named.
  case unrecorded

  package func text(_ language: Language) -> String {
    switch self {
    case .file(let path, let change):
      return RestatementText.fileChange(change)(language) + " " + path
    case .definition(let changes):
      return changes.map { $0.text(language) }.joined(separator: "; ")
    case .removedFromCatalog: return CompareText.verdict(.removed)(language)
    case .noInputChanged: return RestatementText.noInputChanged(language)
    case .unrecorded: return RestatementText.unrecorded(language)
    }
  }
}

/// A published indicator of a quarter whose figures changed since they were published.
package struct Restatement: Sendable {
  package let quarter: Quarter
  package let indicator: String
  package let engine: String
  package let name: LocalizedText
  /// `nil` for an indicator no longer in the catalog whose unit was not recorded.
  package let unit: MeasureUnit?
  /// The published row in the record.
  package let location: SourceLocation
  package let changes: [FieldRestatement]
  let causes: [RestatementCause]

  /// "value 5 → 8, year to date 5 → 8", in words of `language`.
  func changesText(_ language: Language) -> String {
    changes.map { change in
      change.field.label(language) + " " + change.published.text(change.field, unit: unit, language)
        + " → " + change.now.text(change.field, unit: unit, language)
    }.joined(separator: ", ")
  }

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
