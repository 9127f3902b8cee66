/// One of the cluster's local authorities, for measures reported per locality.
package struct Locality: Hashable, Sendable {
  package let id: String
  package let name: LocalizedText

  package init(
    id: String, name: LocalizedText
  ) {
    self.id = id
    self.name = name
  }
}
