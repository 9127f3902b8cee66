import ProsperityInput
import ProsperityModel

/// An indicator that entered, left or changed in the catalog between two quarters.
package struct CatalogChange: Sendable {
  enum Kind: Sendable {
    case added
    case removed
    case redefined([DefinitionChange])
  }

  /// The definition the reports show: the added or new one, or the removed one.
  package let definition: IndicatorDefinition
  let kind: Kind

  /// The verdict a comparison gives the indicator instead of a performance verdict.
  package var verdict: Verdict {
    switch kind {
    case .added: return .added
    case .removed: return .removed
    case .redefined: return .redefined
    }
  }

  /// What changed, in words of `language`.
  package func details(_ language: Language) -> String {
    guard case .redefined(let changes) = kind else { return verdict.label(language) }
    return changes.map { $0.text(language) }.joined(separator: "; ")
  }
}
