/// One of the five prosperity engines of the plan.
package struct Engine: Hashable, Sendable {
  /// The lower-case id of engines.csv, which names its files (`tourism-kpis.csv`).
  package let id: String
  /// The engine's name in both languages.
  package let name: LocalizedText

  /// An engine as engines.csv defines it.
  package init(
    id: String, name: LocalizedText
  ) {
    self.id = id
    self.name = name
  }
}
