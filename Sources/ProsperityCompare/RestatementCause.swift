import ProsperityIndicators
import ProsperityModel

/// Why a published value changed.
enum RestatementCause: Hashable, Sendable {
  enum FileChange: String, Sendable {
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

  func text(_ language: Language) -> String {
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
