/// One of the five prosperity engines of the plan.
package struct Engine: Hashable, Sendable {
  package let id: String
  package let name: LocalizedText

  package init(
    id: String, name: LocalizedText
  ) {
    self.id = id
    self.name = name
  }
}
